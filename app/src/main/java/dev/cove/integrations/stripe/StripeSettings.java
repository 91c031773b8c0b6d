package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Policy numbers of Cove's Stripe integration, bound from {@code cove.stripe.*}.
 *
 * @param apiBase                Stripe's API address; a path ({@code /sandbox/stripe}) means the sandbox in this process
 * @param testSecretKey          the platform's test-mode secret key
 * @param liveSecretKey          the platform's live-mode secret key
 * @param testWebhookSecret      the Connect endpoint's {@code whsec_} secret in test mode; a secret stored sealed
 *                               in the database (entered or registered) wins over it
 * @param liveWebhookSecret      the same for live mode
 * @param webhookTolerance       how old a {@code Stripe-Signature} timestamp may be
 * @param webhookMaxBody         the largest event the webhook endpoint reads (Stripe's are a few kilobytes)
 * @param applicationFeePercent  the platform's fee on each direct charge, percent of the amount (0 = none)
 * @param cardFeePercent         the card fee passed on as a surcharge when a company chooses to, percent
 * @param cardFeeFixed           the fixed part of that surcharge, in the invoice's currency
 * @param publicUrl              Cove's address in Pay now links and Stripe redirects; empty = this process
 * @param dashboardUrl           where "Stripe Dashboard" points
 * @param checkoutReuseMargin    an open checkout is reused only if it has at least this long left
 * @param intakeThreads          threads processing events right after they are stored
 * @param sweepInterval          how often events not yet handled are (re)tried
 * @param retryDelay             first delay after a failed event, doubled per attempt
 * @param maxRetryDelay          the longest delay between attempts
 * @param reconcileInterval      how often recent PaymentIntents and refunds are compared with Cove's
 * @param reconcileLookback      how far back reconciliation looks
 * @param registerSandboxWebhook register Cove's endpoint with the built-in sandbox at start-up
 */
@ConfigurationProperties("cove.stripe")
record StripeSettings(
        @DefaultValue("/sandbox/stripe") String apiBase,
        @DefaultValue("sk_test_cove_sandbox") String testSecretKey,
        @DefaultValue("sk_live_cove_sandbox") String liveSecretKey,
        String testWebhookSecret,
        String liveWebhookSecret,
        @DefaultValue("300s") Duration webhookTolerance,
        @DefaultValue("1MB") DataSize webhookMaxBody,
        @DefaultValue("0") BigDecimal applicationFeePercent,
        @DefaultValue("2.9") BigDecimal cardFeePercent,
        @DefaultValue("0.30") BigDecimal cardFeeFixed,
        String publicUrl,
        @DefaultValue("https://dashboard.stripe.com") String dashboardUrl,
        @DefaultValue("10m") Duration checkoutReuseMargin,
        @DefaultValue("2") int intakeThreads,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("10s") Duration retryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("15m") Duration reconcileInterval,
        @DefaultValue("3d") Duration reconcileLookback,
        @DefaultValue("true") boolean registerSandboxWebhook) {

    String secretKey(boolean livemode) {
        return livemode ? liveSecretKey : testSecretKey;
    }

    String webhookSecret(boolean livemode) {
        return livemode ? liveWebhookSecret : testWebhookSecret;
    }
}
