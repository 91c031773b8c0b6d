package dev.cove.integrations.quickbooks;

import java.time.OffsetDateTime;

/** Create and last-update times QuickBooks stamps on every record. */
public record QboMetaData(OffsetDateTime createTime, OffsetDateTime lastUpdatedTime) {
}
