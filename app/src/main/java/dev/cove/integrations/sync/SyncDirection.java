package dev.cove.integrations.sync;

/** Which side owns a record type: Cove pushes it, the provider's copy is pulled, or both. */
public enum SyncDirection {
    PUSH, PULL, BOTH;

    public boolean pushes() {
        return this != PULL;
    }
}
