package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A QuickBooks Item. {@code type} is {@code Service}, {@code NonInventory} or {@code Inventory};
 * inventory items also carry the asset and expense accounts, {@code trackQtyOnHand},
 * {@code qtyOnHand} and {@code invStartDate}.
 */
public record QboItem(String id, String syncToken, String name, String sku, String description, String type,
        BigDecimal unitPrice, Boolean taxable, QboRef incomeAccountRef, QboRef assetAccountRef,
        QboRef expenseAccountRef, Boolean trackQtyOnHand, BigDecimal qtyOnHand, LocalDate invStartDate,
        Boolean active, QboMetaData metaData) {

    /** True unless QuickBooks marked it inactive. Not named isActive: Jackson would take it for a property. */
    public boolean activeInQuickBooks() {
        return active == null || active;
    }
}
