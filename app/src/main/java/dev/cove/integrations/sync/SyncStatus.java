package dev.cove.integrations.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * Where one record stands with one provider.
 *
 * @param state        {@code PENDING}, {@code WAITING}, {@code SYNCED} or {@code FAILED}
 * @param remoteId     the provider's id, null before the first successful push
 * @param errorCode    the provider's code of the last failure, may be null
 * @param errorMessage the provider's message of the last failure (or why it waits), may be null
 * @param lastSyncedAt null before the first successful push
 */
public record SyncStatus(RecordType type, UUID localId, String state, String remoteId, String errorCode,
        String errorMessage, Instant lastSyncedAt) {

    public boolean synced() {
        return "SYNCED".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }

}
