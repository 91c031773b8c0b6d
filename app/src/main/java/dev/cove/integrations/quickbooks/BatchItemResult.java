package dev.cove.integrations.quickbooks;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What one batch item did: the saved record as QuickBooks returned it, or its own fault (the batch as
 * a whole still answered 200).
 */
public record BatchItemResult(String batchId, QuickBooksEntity<?> entity, JsonNode saved, QuickBooksFault fault) {

    public boolean succeeded() {
        return fault == null;
    }

    /** The saved record, when it is of {@code entity}. */
    public <T> Optional<T> record(QuickBooksEntity<T> entity) {
        return entity == this.entity && saved != null ? Optional.of(QuickBooksJson.MAPPER.treeToValue(saved, entity.type()))
                : Optional.empty();
    }

    /** The saved record's {@code Id}, or null. */
    public String id() {
        return text("Id");
    }

    /** The saved record's {@code SyncToken}, or null. */
    public String syncToken() {
        return text("SyncToken");
    }

    private String text(String field) {
        return saved == null ? null : saved.path(field).asString(null);
    }
}
