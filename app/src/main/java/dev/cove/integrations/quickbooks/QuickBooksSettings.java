package dev.cove.integrations.quickbooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Cove reaches QuickBooks Online, bound from {@code cove.integrations.quickbooks.*}.
 *
 * @param apiBaseUrl     the host part before {@code /v3/company/{realm}}, e.g.
 *                       {@code https://quickbooks.api.intuit.com}; when empty it is the {@code api} of the
 *                       environment QuickBooks is configured for (the mounted sandbox by default)
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout whole-request timeout (Intuit allows 120 s; a lower value fails faster)
 * @param minorVersion   sent as {@code minorversion} on every call
 * @param throttleWait   wait after a 429 that carries no Retry-After (Intuit says 60 s)
 * @param batchOperations creates sent together in one batch request (Intuit recommends at most 30;
 *                       1 sends every record alone)
 */
@ConfigurationProperties("cove.integrations.quickbooks")
public record QuickBooksSettings(String apiBaseUrl, @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration requestTimeout, @DefaultValue("75") String minorVersion,
        @DefaultValue("60s") Duration throttleWait, @DefaultValue("30") int batchOperations) {

    public QuickBooksSettings {
        if (batchOperations < 1 || batchOperations > QuickBooksClient.MAX_BATCH) {
            throw new IllegalArgumentException("cove.integrations.quickbooks.batch-operations must be 1 to "
                    + QuickBooksClient.MAX_BATCH + ", was " + batchOperations);
        }
    }

    static final String PRODUCTION = "https://quickbooks.api.intuit.com";
}
