package dev.cove.integrations.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * What a provider integration implements to have Cove records pushed to it: a thin client plus a
 * mapping. Declare it as a Spring bean; the engine finds it, gives it durable tasks (named after the
 * provider's slug), a rate budget and a concurrency cap from {@code cove.sync.limits.<slug>}, tokens
 * from the token vault and idempotency keys. Adapters never retry, sleep or throttle themselves.
 *
 * <p>At most one adapter per {@link Provider}.
 */
public interface SyncAdapter {

    Provider provider();

    /** The record types this provider syncs, in dependency order (customers before invoices). */
    List<SyncedType> types();

    /**
     * The record as the provider should hold it, or empty when the record no longer exists in Cove
     * (or is of no interest to this provider). Must be deterministic: equal data, equal body.
     */
    Optional<Outbound> render(CompanyId company, RecordType type, UUID localId);

    /**
     * {@link #render(CompanyId, RecordType, UUID)} for several records of one type at once; a record that
     * renders as nothing is absent from the answer. Override to read them together.
     */
    default Map<UUID, Outbound> render(CompanyId company, RecordType type, List<UUID> localIds) {
        Map<UUID, Outbound> rendered = new HashMap<>();
        for (UUID id : localIds) {
            render(company, type, id).ifPresent(outbound -> rendered.put(id, outbound));
        }
        return rendered;
    }

    /**
     * Sends one create or update. Must pass {@link PushRequest#idempotencyKey()} to the provider and
     * classify every failure instead of throwing; an exception counts as transient.
     *
     * @throws InterruptedException when the worker is being stopped; nothing is recorded then and the
     *         write is repeated with the same key after restart
     */
    PushOutcome push(PushRequest request) throws InterruptedException;

    /**
     * Why every write for this company must wait for now (a connect preview nobody has reviewed yet),
     * or empty. Writes wait as WAITING; call {@link SyncRequests#release} when the reason ends.
     */
    default Optional<String> holdBack(CompanyId company) {
        return Optional.empty();
    }

    /** Most writes this provider takes in one request; 1 (the default) means no batches. */
    default int batchSize() {
        return 1;
    }

    /**
     * The write as one operation of a batch, with its references resolved now; the engine stores it
     * while the batch is in flight so that a repeat sends the same operations under the same key.
     * Empty when the write must go alone (an update that needs a read first).
     *
     * @throws WriteFailed        when a provider call needed to prepare it failed
     * @throws AwaitingReference when it refers to a record not at the provider yet
     */
    default Optional<String> batchOperation(PushRequest request) {
        return Optional.empty();
    }

    /**
     * {@link #batchOperation} for several writes of one type and company at once, answered in their
     * order. Override to resolve what they share (settings, references) once. The engine calls this and
     * {@link #render(CompanyId, RecordType, List)} while it holds the records' links locked, so that
     * other batch leaders pass them over: keep provider calls out of both (a record's own
     * {@link #batchOperation} runs first, unlocked, and can warm what they need).
     */
    default List<Prepared> batchOperations(List<PushRequest> requests) {
        return requests.stream().map(request -> Prepared.of(() -> batchOperation(request))).toList();
    }

    /**
     * Sends {@link #batchOperation prepared operations} as one request under {@code key}, each
     * identified by its position; never throws for a provider failure.
     *
     * @throws InterruptedException as for {@link #push}
     */
    default BatchOutcome pushBatch(CompanyId company, AccessToken token, List<String> operations, String key)
            throws InterruptedException {
        throw new UnsupportedOperationException(provider() + " takes no batches");
    }

    /** The ids of the company's records of a type, for a full "Sync now" run. */
    List<UUID> localIds(CompanyId company, RecordType type);

    default boolean pushes(RecordType type) {
        return types().stream().anyMatch(t -> t.type() == type && t.direction().pushes());
    }
}
