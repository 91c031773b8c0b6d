package dev.cove.integrations.quickbooks;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.sync.PushOutcome;
import dev.cove.integrations.sync.PushRequest;
import tools.jackson.databind.JsonNode;

/**
 * Create or sparse update by link, and void, each under the engine's idempotency key. A stale
 * SyncToken (5010) re-reads the record and retries once, under a derived key so that the retry is
 * itself idempotent.
 */
final class QuickBooksWrites {

    private final QuickBooksClient client;

    QuickBooksWrites(QuickBooksClient client) {
        this.client = client;
    }

    /** Creates the record when the link has no remote id, else sends it as a sparse update. */
    <T> T upsert(PushRequest request, QuickBooksEntity<T> entity, T record) {
        AccessToken token = request.token();
        if (!request.link().exists()) {
            return client.create(token, entity, record, request.idempotencyKey());
        }
        String id = request.link().remoteId();
        // A link made by matching (preview, inbound) may know the id but not the SyncToken yet.
        String version = request.link().remoteVersion() != null ? request.link().remoteVersion()
                : syncToken(client.read(token, entity, id));
        try {
            return client.sparseUpdate(token, entity, id, version, record, request.idempotencyKey());
        } catch (QuickBooksFault fault) {
            if (!fault.staleObject()) {
                throw fault;
            }
            T current = client.read(token, entity, id);
            return client.sparseUpdate(token, entity, id, syncToken(current), record, request.idempotencyKey() + "-r");
        }
    }

    /** Voids the record {@code id} (read first when its SyncToken is unknown or stale). */
    <T> T voidIt(PushRequest request, QuickBooksEntity<T> entity, String id, String syncToken) {
        AccessToken token = request.token();
        String known = syncToken != null ? syncToken : syncToken(client.read(token, entity, id));
        try {
            return client.voidTransaction(token, entity, id, known, request.idempotencyKey() + "-v");
        } catch (QuickBooksFault fault) {
            if (!fault.staleObject()) {
                throw fault;
            }
            return client.voidTransaction(token, entity, id, syncToken(client.read(token, entity, id)),
                    request.idempotencyKey() + "-w");
        }
    }

    static PushOutcome pushed(Object record) {
        return PushOutcome.pushed(field(record, "Id"), syncToken(record));
    }

    static String syncToken(Object record) {
        return field(record, "SyncToken");
    }

    private static String field(Object record, String name) {
        JsonNode tree = QuickBooksJson.MAPPER.valueToTree(record);
        return tree.path(name).isMissingNode() || tree.path(name).isNull() ? null : tree.path(name).asString();
    }

    /** The engine's outcome for a QuickBooks failure, with QuickBooks' own code and message. */
    static PushOutcome outcome(QuickBooksFault fault) {
        String message = fault.detail() == null || fault.detail().equals(fault.getMessage()) ? fault.getMessage()
                : fault.getMessage() + ": " + fault.detail();
        String code = fault.code() != null ? fault.code() : String.valueOf(fault.status());
        return switch (fault.kind()) {
            case TRANSIENT -> PushOutcome.transientFailure(code, message, fault.retryAfter());
            case NEEDS_RECONNECT -> fault.status() == 401 || "3200".equals(fault.code())
                    ? PushOutcome.unauthorized(code, message) : PushOutcome.needsReconnect(code, message);
            case PERMANENT -> PushOutcome.permanentFailure(code, fault.duplicateName()
                    ? "Name conflict in QuickBooks: another customer, vendor or employee already uses this name. "
                            + "Rename it in Cove or in QuickBooks, then retry. QuickBooks said: " + message
                    : message);
        };
    }
}
