package dev.cove.integrations.quickbooks;

import java.time.OffsetDateTime;

/**
 * One change QuickBooks announced by webhook, whatever the payload format. {@code entity} is the
 * QuickBooks entity name ({@code Customer}, {@code RefundReceipt}...), {@code operation} one of
 * {@code Create}, {@code Update}, {@code Delete}, {@code Merge}, {@code Void}, {@code Emailed};
 * {@code lastUpdated} may be null; {@code deletedId} is set for a merge (the record merged away).
 */
public record QuickBooksChange(String realmId, String entity, String id, String operation,
        OffsetDateTime lastUpdated, String deletedId) {
}
