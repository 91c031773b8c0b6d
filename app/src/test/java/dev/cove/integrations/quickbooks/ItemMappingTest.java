package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.cove.items.ItemKind;

class ItemMappingTest {

    @Test
    void servicesAndProductsPostToTheCategoryIncomeAccount() {
        QboItem service = ItemMapping.toQuickBooks(CoveRecords.item("Weekly Pool Service", ItemKind.SERVICE),
                ItemAccounts.income("4"));
        QboItem product = ItemMapping.toQuickBooks(CoveRecords.item("Chlorine", ItemKind.NON_INVENTORY),
                ItemAccounts.income("5"));

        assertThat(service.type()).isEqualTo("Service");
        assertThat(service.incomeAccountRef().value()).isEqualTo("4");
        assertThat(service.unitPrice()).isEqualByComparingTo("45.00");
        assertThat(service.taxable()).isTrue();
        assertThat(service.qtyOnHand()).isNull();
        assertThat(product.type()).isEqualTo("NonInventory");
        assertThat(QuickBooksJson.MAPPER.writeValueAsString(product)).doesNotContain("TrackQtyOnHand", "AssetAccountRef");
    }

    @Test
    void inventoryStartsAtZeroFromTheCreationDay() {
        QboItem item = ItemMapping.toQuickBooks(CoveRecords.item("Pump", ItemKind.INVENTORY),
                new ItemAccounts("5", "8", "9", null));

        assertThat(item.type()).isEqualTo("Inventory");
        assertThat(item.trackQtyOnHand()).isTrue();
        assertThat(item.qtyOnHand()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(item.invStartDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(item.assetAccountRef().value()).isEqualTo("8");
        assertThat(item.expenseAccountRef().value()).isEqualTo("9");
    }

    @Test
    void missingAccountsAreNamed() {
        assertThatThrownBy(() -> ItemMapping.toQuickBooks(CoveRecords.item("Pump", ItemKind.INVENTORY),
                ItemAccounts.income("5"))).isInstanceOf(MappingIncomplete.class).hasMessageContaining("inventory asset");
        assertThatThrownBy(() -> ItemMapping.toQuickBooks(CoveRecords.item("Salt", ItemKind.SERVICE),
                ItemAccounts.income(null))).isInstanceOf(MappingIncomplete.class).hasMessageContaining("Chemicals");
    }

    @Test
    void inboundItemsKeepTheirCoveCategory() {
        var current = CoveRecords.item("Chlorine", ItemKind.NON_INVENTORY);
        var remote = new QboItem("2", "4", "Chlorine Tablets", "CL-3", "3 inch", "Inventory", new BigDecimal("47.5"),
                false, QboRef.to("5"), null, null, true, BigDecimal.TEN, null, true, null);

        var details = ItemMapping.toCove(remote, current);

        assertThat(details.name()).isEqualTo("Chlorine Tablets");
        assertThat(details.sku()).isEqualTo("CL-3");
        assertThat(details.kind()).isEqualTo(ItemKind.INVENTORY);
        assertThat(details.unitPrice()).isEqualTo(new BigDecimal("47.50"));
        assertThat(details.categoryId()).isEqualTo(current.categoryId());
        assertThat(details.taxable()).isFalse();
        assertThatThrownBy(() -> ItemMapping.toCove(new QboItem("3", "0", "Kit", null, null, "Group", null, null, null,
                null, null, null, null, null, true, null), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
