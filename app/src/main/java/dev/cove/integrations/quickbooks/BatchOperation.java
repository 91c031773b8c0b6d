package dev.cove.integrations.quickbooks;

import tools.jackson.databind.util.RawValue;

/**
 * One item of a batch: {@code operation} {@code create}, {@code update} or {@code delete} of
 * {@code record} (for an update, a record with {@code Id} and {@code SyncToken}; add
 * {@code sparse} via {@link #sparseUpdate}); {@code record} may also be its JSON as an {@code ObjectNode}
 * or as text in a {@code RawValue}, which is sent as it is. {@code batchId} is at most 10 characters
 * and must stay the same across retries, because a batch replay only matches when every item id matches.
 */
public record BatchOperation(String batchId, QuickBooksEntity<?> entity, String operation, Object record,
        boolean sparse) {

    public BatchOperation {
        if (batchId == null || batchId.isEmpty() || batchId.length() > 10) {
            throw new IllegalArgumentException("A batch item id is 1 to 10 characters: " + batchId);
        }
        if (sparse && record instanceof RawValue) {
            throw new IllegalArgumentException("A record sent as text cannot be marked sparse");
        }
    }

    public static <T> BatchOperation create(String batchId, QuickBooksEntity<T> entity, T record) {
        return new BatchOperation(batchId, entity, "create", record, false);
    }

    public static <T> BatchOperation sparseUpdate(String batchId, QuickBooksEntity<T> entity, T record) {
        return new BatchOperation(batchId, entity, "update", record, true);
    }
}
