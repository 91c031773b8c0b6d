package dev.cove.integrations.sync;

import java.time.Instant;
import java.util.UUID;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * A row of the link table: one Cove record at one provider. {@code generation} counts changes;
 * {@code handledGeneration} is the last one the worker settled (pushed, unchanged or refused). An
 * in-flight write ({@code inflightKey} set) is repeated with the same key and body until it settles.
 */
record Link(UUID id, CompanyId company, Provider provider, RecordType type, UUID localId, String remoteId,
        String remoteVersion, String pushedHash, LinkState state, long generation, long handledGeneration,
        int attempts, Long inflightGeneration, String inflightKey, String inflightHash, String inflightBody,
        String lastErrorCode, String lastErrorMessage, Instant lastAttemptAt, Instant lastSyncedAt) {

    RemoteLink remote() {
        return new RemoteLink(remoteId, remoteVersion, pushedHash);
    }

    boolean inFlight() {
        return inflightKey != null;
    }

    /** A change arrived since the worker last settled this record. */
    boolean behind() {
        return generation > handledGeneration;
    }
}
