package dev.cove.items;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.cove.shared.Text;

/**
 * What staff or an API client enter for an item. {@code sku}, {@code description} and
 * {@code categoryId} are optional; blank strings count as absent. An absent {@code taxable} is
 * {@code false}. {@link Items} validates it, and
 * also checks that the SKU is unused and the category is the company's.
 */
public record ItemDetails(
        @NotBlank(message = "is required") @Size(max = 200) String name,
        @Size(max = 64) String sku,
        @Size(max = 1000) String description,
        @NotNull(message = "is required") ItemKind kind,
        @NotNull(message = "is required") @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal unitPrice,
        UUID categoryId,
        Boolean taxable) {

    ItemDetails normalized() {
        return new ItemDetails(name.trim(), Text.blankToNull(sku), Text.blankToNull(description), kind, unitPrice.setScale(2),
                categoryId, Boolean.TRUE.equals(taxable));
    }

    static ItemDetails of(Item i) {
        return new ItemDetails(i.name(), i.sku(), i.description(), i.kind(), i.unitPrice(), i.categoryId(), i.taxable());
    }
}
