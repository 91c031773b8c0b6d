package dev.cove.integrations.sync;

/** Where a record stands with one provider. */
enum LinkState {
    /** Waiting for the worker (new change, or a transient failure being retried). */
    PENDING,
    /** Paused, disconnected or needing a reconnect: kept, not tried until the connection is usable. */
    WAITING,
    /** The provider holds the current version. */
    SYNCED,
    /** The provider refused it, or transient failures ran out; carries the provider's message. */
    FAILED
}
