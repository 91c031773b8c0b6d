package dev.cove.integrations.sync;

/** One record type an adapter syncs, and in which direction. */
public record SyncedType(RecordType type, SyncDirection direction) {
}
