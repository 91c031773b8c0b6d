package dev.cove.integrations.quickbooks;

import java.util.Optional;

/** What one batch item did: the saved record, or its own fault (the batch as a whole still answered 200). */
public record BatchItemResult(String batchId, Object record, QuickBooksFault fault) {

    public boolean succeeded() {
        return fault == null;
    }

    public <T> Optional<T> record(QuickBooksEntity<T> entity) {
        return entity.type().isInstance(record) ? Optional.of(entity.type().cast(record)) : Optional.empty();
    }
}
