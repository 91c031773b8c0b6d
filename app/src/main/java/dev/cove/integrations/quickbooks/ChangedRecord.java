package dev.cove.integrations.quickbooks;

import java.time.OffsetDateTime;

/**
 * One record change data capture reported: the full record, or for a deletion only its id
 * ({@code record} null, {@code deleted} true). {@code lastUpdated} may be null if QuickBooks omits it.
 */
public record ChangedRecord(String entity, String id, boolean deleted, OffsetDateTime lastUpdated, Object record) {
}
