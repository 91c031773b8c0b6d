package dev.cove.integrations.sync;

import java.time.Duration;
import java.util.UUID;

/** What became of one write: pushed, or a failure classified so the engine knows what to do next. */
public sealed interface PushOutcome {

    /** The provider holds the record now. {@code remoteVersion} may be null when it has none. */
    record Pushed(String remoteId, String remoteVersion) implements PushOutcome {
    }

    /**
     * The write did not (knowingly) succeed.
     *
     * @param kind       how the engine reacts
     * @param code       the provider's own error code (QuickBooks {@code 6240}, an HTTP status), may be null
     * @param message    the provider's own message, shown to the user as is
     * @param retryAfter the provider's Retry-After, or null
     */
    record Failed(FailureKind kind, String code, String message, Duration retryAfter) implements PushOutcome {
    }

    /**
     * Not sent: the record refers to another (an invoice to its customer) that has not reached the
     * provider yet. The engine parks it until that record settles; waiting is not a failed attempt.
     */
    record Awaiting(RecordType type, UUID localId, String message) implements PushOutcome {

        /** How a provider that answered for it in a batch is taken: a transient failure of that item. */
        Failed asFailure() {
            return new Failed(FailureKind.TRANSIENT, "dependency", message, null);
        }
    }

    static PushOutcome pushed(String remoteId, String remoteVersion) {
        return new Pushed(remoteId, remoteVersion);
    }

    /** Try again later: 5xx, 429, timeouts, I/O errors, a response lost on the way. */
    static PushOutcome transientFailure(String code, String message, Duration retryAfter) {
        return new Failed(FailureKind.TRANSIENT, code, message, retryAfter);
    }

    /** The provider refused this record as it is (validation); retried when it changes or on request. */
    static PushOutcome permanentFailure(String code, String message) {
        return new Failed(FailureKind.PERMANENT, code, message, null);
    }

    /** The record refers to one that must reach the provider first. */
    static PushOutcome awaiting(RecordType type, UUID localId, String message) {
        return new Awaiting(type, localId, message);
    }

    /** The token was refused (401): the engine refreshes it once and repeats the same write. */
    static PushOutcome unauthorized(String code, String message) {
        return new Failed(FailureKind.UNAUTHORIZED, code, message, null);
    }

    /** The grant is gone or lacks a permission only the user can give (403 on the account). */
    static PushOutcome needsReconnect(String code, String message) {
        return new Failed(FailureKind.NEEDS_RECONNECT, code, message, null);
    }

    enum FailureKind {
        TRANSIENT, UNAUTHORIZED, NEEDS_RECONNECT, PERMANENT
    }
}
