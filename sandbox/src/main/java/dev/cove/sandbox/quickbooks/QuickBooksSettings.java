package dev.cove.sandbox.quickbooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy numbers of the QuickBooks Online sandbox, in provider time, bound from
 * {@code cove.sandbox.quickbooks.*}. Defaults are Intuit's documented values.
 */
@ConfigurationProperties("cove.sandbox.quickbooks")
record QuickBooksSettings(
        @DefaultValue("1h") Duration accessTokenLifetime,
        @DefaultValue("100d") Duration refreshTokenLifetime,
        @DefaultValue("1826d") Duration refreshTokenHardLifetime,
        @DefaultValue("10m") Duration codeLifetime,
        @DefaultValue("500") int requestsPerMinute,
        @DefaultValue("10") int maxConcurrentRequests,
        @DefaultValue("40") int batchRequestsPerMinute,
        @DefaultValue("30") int maxBatchOperations,
        @DefaultValue("1000") int maxQueryResults,
        @DefaultValue("30d") Duration changeDataCaptureLookBack,
        @DefaultValue("1000") int maxChangeDataCaptureObjects,
        @DefaultValue({"10s", "20s", "30s", "5m", "20m", "2h", "4h", "6h"}) List<Duration> webhookRetryDelays,
        @DefaultValue("3s") Duration webhookTimeout,
        @DefaultValue("8.25") java.math.BigDecimal automatedSalesTaxPercent) {
}
