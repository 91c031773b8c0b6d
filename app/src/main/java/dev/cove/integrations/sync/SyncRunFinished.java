package dev.cove.integrations.sync;

import java.util.UUID;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * A sync run came to an end. {@code succeeded} is true only when every record in it was pushed or
 * found unchanged; a run with any failed record is reported as failed.
 */
public record SyncRunFinished(CompanyId companyId, Provider provider, UUID runId, boolean succeeded, int total,
        int failed) {
}
