package dev.cove.integrations.sync;

import java.time.Instant;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/** Counts of linked records per connection, for the Integrations page. */
public interface SyncCounts {

    /** Never null; all zero and {@code lastSyncAt} null for a connection that never synced. */
    Summary of(CompanyId company, Provider provider);

    /**
     * @param synced     records whose last push succeeded and that have not changed since
     * @param pending    records waiting to be pushed (including those waiting for a reconnect)
     * @param failed     records the provider refused; each carries the provider's message
     * @param lastSyncAt the last successful push, or null
     */
    record Summary(long synced, long pending, long failed, Instant lastSyncAt) {
    }
}
