package dev.cove.integrations;

import java.time.Instant;

import dev.cove.shared.CompanyId;

/**
 * How many of a company's records are in step with a provider. The sync engine implements this; until it
 * is present the Integrations page shows {@link Summary#NONE}.
 */
public interface SyncCounts {

    /**
     * @param lastSyncAt the end of the last finished sync run; null when none has finished
     */
    record Summary(long synced, long pending, long failed, Instant lastSyncAt) {

        /** Nothing synced yet. */
        public static final Summary NONE = new Summary(0, 0, 0, null);
    }

    /** Never null; a provider the company never connected has {@link Summary#NONE}. */
    Summary summary(CompanyId company, Provider provider);
}
