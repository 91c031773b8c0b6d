package dev.cove.integrations.sync;

import java.time.Instant;
import java.util.UUID;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * A row of the link table: one Cove record at one provider. {@code generation} counts changes;
 * {@code handledGeneration} is the last one the worker settled (pushed, unchanged or refused). An
 * in-flight write ({@code inflightKey} set) is repeated with the same key and body until it settles; one
 * sent in a batch has its position in {@code inflightItem} and is repeated by the batch's leader (item 0).
 */
record Link(UUID id, CompanyId company, Provider provider, RecordType type, UUID localId, String remoteId,
        String remoteVersion, String pushedHash, LinkState state, long generation, long handledGeneration,
        int attempts, Long inflightGeneration, String inflightKey, String inflightHash, String inflightBody,
        Integer inflightItem, String lastErrorCode, String lastErrorMessage, Instant lastAttemptAt, Instant lastSyncedAt) {

    RemoteLink remote() {
        return new RemoteLink(remoteId, remoteVersion, pushedHash);
    }

    boolean inFlight() {
        return inflightKey != null;
    }

    /** In flight as part of a batch that another link's task leads. */
    boolean batchMember() {
        return inflightItem != null && inflightItem > 0;
    }

    /** A change arrived since the worker last settled this record. */
    boolean behind() {
        return generation > handledGeneration;
    }
}
