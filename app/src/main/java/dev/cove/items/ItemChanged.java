package dev.cove.items;

import java.util.UUID;

import dev.cove.shared.CompanyId;

/** An item was created, updated, deactivated or reactivated; published in the same transaction. */
public record ItemChanged(CompanyId companyId, UUID itemId, String name) {
}
