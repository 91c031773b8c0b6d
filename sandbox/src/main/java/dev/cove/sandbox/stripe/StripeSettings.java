package dev.cove.sandbox.stripe;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy numbers of the Stripe sandbox, in provider time, bound from {@code cove.sandbox.stripe.*}.
 * Defaults are Stripe's documented values.
 *
 * @param testSecretKey          the platform's test-mode secret key ({@code sk_test_...})
 * @param liveSecretKey          the platform's live-mode secret key ({@code sk_live_...})
 * @param platformAccount        the platform's own account id
 * @param platformName           the platform's business name (the Connect application's name too)
 * @param apiVersion             the version written into events and assumed when no {@code Stripe-Version} is sent
 * @param testRequestsPerSecond  rate limit per account in test mode
 * @param liveRequestsPerSecond  rate limit per account in live mode
 * @param feePercent             Stripe's card fee, percent of the amount
 * @param feeFixed               Stripe's fixed card fee, in the currency's minor unit
 * @param accountLinkLifetime    how long an Account Link URL works
 * @param checkoutLifetime       default time until an open Checkout Session expires
 * @param idempotencyLifetime    how long an idempotency key is remembered
 * @param payoutDelay            balance transactions' {@code available_on} = created + this
 * @param maxListLimit           the largest {@code limit} a list accepts
 * @param webhookRetryDelays     delays between webhook attempts; the last one repeats
 * @param webhookTimeout         how long to wait for the receiver (real time)
 */
@ConfigurationProperties("cove.sandbox.stripe")
record StripeSettings(
        @DefaultValue("sk_test_cove_sandbox") String testSecretKey,
        @DefaultValue("sk_live_cove_sandbox") String liveSecretKey,
        @DefaultValue("acct_1CoveSandboxPlatf") String platformAccount,
        @DefaultValue("Cove") String platformName,
        @DefaultValue("2026-05-27.dahlia") String apiVersion,
        @DefaultValue("25") int testRequestsPerSecond,
        @DefaultValue("100") int liveRequestsPerSecond,
        @DefaultValue("2.9") BigDecimal feePercent,
        @DefaultValue("30") long feeFixed,
        @DefaultValue("300s") Duration accountLinkLifetime,
        @DefaultValue("24h") Duration checkoutLifetime,
        @DefaultValue("24h") Duration idempotencyLifetime,
        @DefaultValue("2d") Duration payoutDelay,
        @DefaultValue("100") int maxListLimit,
        @DefaultValue({"1m", "1h", "3h"}) List<Duration> webhookRetryDelays,
        @DefaultValue("5s") Duration webhookTimeout) {
}
