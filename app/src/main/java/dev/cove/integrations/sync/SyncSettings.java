package dev.cove.integrations.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every policy number of the sync engine, bound from {@code cove.sync.*}. Durations are provider time:
 * they are divided by {@code timeScale} (60 = one minute lasts a second), so tests and benches run
 * fast with the same ratios.
 *
 * @param timeScale      divides every duration here and every rate window
 * @param retry          the schedule of transient failures
 * @param blockedRecheck how often a task waiting for a reconnect, a resume or a record it refers to
 *                       looks again (it is also woken at once by the reconnect, the resume or that
 *                       record's settlement)
 * @param permitWait     longest wait for a rate permit before the task is put back in the queue
 * @param scheduledRuns  interval of the recurring catch-up run per connection (daily, as staff expect)
 * @param scheduledScope what that run covers: customers and items; invoices and payments are pushed
 *                       when they change, and their retries run on their own
 * @param batchRecheck   how soon a record that another task took along in a batch looks again
 * @param expandChunk    records a run expands per transaction (links, tasks and run items)
 * @param limits         per provider slug: the provider's documented limits
 */
@ConfigurationProperties("cove.sync")
record SyncSettings(@DefaultValue("1") double timeScale, @DefaultValue Retry retry,
        @DefaultValue("PT1M") Duration blockedRecheck, @DefaultValue("PT5S") Duration permitWait,
        @DefaultValue("P1D") Duration scheduledRuns, @DefaultValue({ "CUSTOMER", "ITEM" }) List<RecordType> scheduledScope,
        @DefaultValue("PT2S") Duration batchRecheck, @DefaultValue("1000") int expandChunk,
        Map<String, Limits> limits) {

    /**
     * Exponential backoff with jitter: attempt n waits {@code initialDelay * multiplier^(n-1)}, at most
     * {@code maxDelay}, spread by ±{@code jitter}; never less than the provider's Retry-After. After
     * {@code maxAttempts} transient failures the record is flagged as failed (visible, retryable).
     */
    record Retry(@DefaultValue("PT5S") Duration initialDelay, @DefaultValue("2") double multiplier,
            @DefaultValue("PT1H") Duration maxDelay, @DefaultValue("0.2") double jitter,
            @DefaultValue("10") int maxAttempts) {
    }

    /**
     * @param requestsPerMinute the provider's documented limit per account (QuickBooks: 500 per realm)
     * @param utilisation       the share of it Cove uses, leaving room for the burst and other apps
     * @param burst             requests allowed back to back; keep it below {@code (1 - utilisation)} of
     *                          the limit so that no sliding minute ever exceeds the provider's limit
     * @param maxConcurrent     requests in flight per connection (QuickBooks: 10)
     * @param batchesPerMinute the provider's own limit on batch requests (QuickBooks: 40 per realm and
     *                          app), spent at the same utilisation; each batch is also one request
     * @param batchBurst        batches allowed back to back (keep it at most {@code (1 - utilisation)} of
     *                          {@code batchesPerMinute}, as for {@code burst})
     */
    record Limits(@DefaultValue("60") int requestsPerMinute, @DefaultValue("0.8") double utilisation,
            @DefaultValue("1") int burst, @DefaultValue("4") int maxConcurrent, @DefaultValue("0") int batchesPerMinute,
            @DefaultValue("1") int batchBurst) {

        /** The budget Cove spends per minute. */
        long budgetPerMinute() {
            return Math.max(1, (long) Math.floor(requestsPerMinute * utilisation));
        }

        /** The batches Cove sends per minute; 0 when the provider takes none. */
        long batchBudgetPerMinute() {
            return (long) Math.floor(batchesPerMinute * utilisation);
        }
    }

    static final Limits CONSERVATIVE = new Limits(60, 0.8, 1, 2, 0, 1);

    Limits limitsOf(String slug) {
        return limits == null ? CONSERVATIVE : limits.getOrDefault(slug, CONSERVATIVE);
    }

    /** The real duration a provider duration lasts at this time scale (at least 1 ms). */
    Duration scaled(Duration providerTime) {
        return Duration.ofMillis(Math.max(1, (long) Math.ceil(providerTime.toMillis() / timeScale)));
    }
}
