package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.cove.shared.Text;
import dev.cove.items.Item;
import dev.cove.items.ItemDetails;
import dev.cove.items.ItemKind;

/**
 * Cove items to QuickBooks items. Kinds map to {@code Service}, {@code NonInventory} and
 * {@code Inventory}. Cove does not count stock, so an inventory item is created with
 * {@code TrackQtyOnHand=true}, {@code QtyOnHand=0} and {@code InvStartDate} = the given start date
 * (else the day the item was created in Cove); quantities are then QuickBooks' business. QuickBooks
 * refuses inventory items unless inventory tracking is switched on in its Preferences.
 */
public final class ItemMapping {

    static final int MAX_NAME = 100;

    private ItemMapping() {
    }

    public static QboItem toQuickBooks(Item item, ItemAccounts accounts) {
        if (accounts == null || accounts.incomeAccountId() == null) {
            throw new MappingIncomplete("Choose the QuickBooks income account for the category "
                    + (item.categoryName() == null ? "(none)" : "'" + item.categoryName() + "'"));
        }
        boolean inventory = item.kind() == ItemKind.INVENTORY;
        if (inventory && (accounts.assetAccountId() == null || accounts.expenseAccountId() == null)) {
            throw new MappingIncomplete("Choose the QuickBooks inventory asset and cost of goods accounts for '"
                    + item.name() + "'");
        }
        LocalDate start = !inventory ? null : accounts.inventoryStartDate() != null ? accounts.inventoryStartDate()
                : item.createdAt() == null ? null : item.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return new QboItem(null, null, Names.listName(item.name(), MAX_NAME), Text.blankToNull(item.sku()),
                Names.truncate(item.description(), 4000), type(item.kind()), item.unitPrice(), item.taxable(),
                QboRef.to(accounts.incomeAccountId()), inventory ? QboRef.to(accounts.assetAccountId()) : null,
                inventory ? QboRef.to(accounts.expenseAccountId()) : null, inventory ? Boolean.TRUE : null,
                inventory ? BigDecimal.ZERO : null, start, item.active(), null);
    }

    /**
     * A QuickBooks item change as Cove item details. The category stays as it is in Cove
     * ({@code current} may be null for an item new to Cove: no category); an unknown QuickBooks
     * type (e.g. {@code Group}, {@code Category}) is refused.
     */
    public static ItemDetails toCove(QboItem remote, Item current) {
        ItemKind kind = switch (remote.type() == null ? "Service" : remote.type()) {
            case "Service" -> ItemKind.SERVICE;
            case "NonInventory" -> ItemKind.NON_INVENTORY;
            case "Inventory" -> ItemKind.INVENTORY;
            default -> throw new IllegalArgumentException("Cove has no item kind for QuickBooks type " + remote.type());
        };
        return new ItemDetails(remote.name(), remote.sku(), remote.description(), kind,
                remote.unitPrice() == null ? BigDecimal.ZERO : remote.unitPrice().setScale(2, java.math.RoundingMode.HALF_UP),
                current == null ? null : current.categoryId(), Boolean.TRUE.equals(remote.taxable()));
    }

    static String type(ItemKind kind) {
        return switch (kind) {
            case SERVICE -> "Service";
            case NON_INVENTORY -> "NonInventory";
            case INVENTORY -> "Inventory";
        };
    }
}
