package dev.cove.items;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A partial change to an item: absent ({@code null}) fields keep their value; an empty string
 * clears {@code sku}, {@code description} or {@code categoryId}. {@code active=false}
 * deactivates, {@code true} reactivates.
 */
record ItemPatch(String name, String sku, String description, ItemKind kind, BigDecimal unitPrice, String categoryId,
        Boolean taxable, Boolean active) {

    ItemDetails applyTo(Item i) {
        return new ItemDetails(or(name, i.name()), or(sku, i.sku()), or(description, i.description()),
                kind != null ? kind : i.kind(), unitPrice != null ? unitPrice : i.unitPrice(), category(i),
                taxable != null ? taxable : i.taxable());
    }

    private UUID category(Item i) {
        if (categoryId == null) {
            return i.categoryId();
        }
        if (categoryId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(categoryId.trim());
        } catch (IllegalArgumentException e) {
            throw new dev.cove.shared.InvalidRequest("categoryId", "is not a category id");
        }
    }

    private static String or(String change, String current) {
        return change != null ? change : current;
    }
}
