package dev.cove.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Something the company sells. {@code sku}, {@code description}, {@code categoryId} and
 * {@code categoryName} may be null; {@code unitPrice} has 2 decimals and is never negative.
 */
public record Item(UUID id, String name, String sku, String description, ItemKind kind, BigDecimal unitPrice,
        UUID categoryId, String categoryName, boolean taxable, boolean active, Instant createdAt, Instant updatedAt) {
}
