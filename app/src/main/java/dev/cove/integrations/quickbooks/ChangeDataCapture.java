package dev.cove.integrations.quickbooks;

import java.util.List;

/**
 * The answer of {@code GET /cdc}: every change since the given time, at most 1,000 objects across
 * all entities asked for; when {@link #possiblyTruncated()} is true, ask again with a shorter window.
 */
public record ChangeDataCapture(List<ChangedRecord> changes) {

    static final int MAX_OBJECTS = 1000;

    public <T> List<T> records(QuickBooksEntity<T> entity) {
        return changes.stream().filter(c -> c.entity().equals(entity.name()) && !c.deleted())
            .map(c -> entity.type().cast(c.record())).toList();
    }

    public List<String> deletedIds(QuickBooksEntity<?> entity) {
        return changes.stream().filter(c -> c.entity().equals(entity.name()) && c.deleted()).map(ChangedRecord::id)
            .toList();
    }

    public boolean possiblyTruncated() {
        return changes.size() >= MAX_OBJECTS;
    }
}
