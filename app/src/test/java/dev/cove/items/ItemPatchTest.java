package dev.cove.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.cove.shared.InvalidRequest;

class ItemPatchTest {

    private final UUID category = UUID.randomUUID();
    private final Item item = new Item(UUID.randomUUID(), "Pump", "P-1", "Variable speed", ItemKind.INVENTORY,
            new BigDecimal("899.00"), category, "Equipment", true, true, Instant.now(), Instant.now());

    @Test
    void absentFieldsKeepTheirValue() {
        ItemDetails merged = new ItemPatch(null, null, null, null, new BigDecimal("949.00"), null, null, null).applyTo(item);

        assertThat(merged).isEqualTo(new ItemDetails("Pump", "P-1", "Variable speed", ItemKind.INVENTORY,
                new BigDecimal("949.00"), category, true));
    }

    @Test
    void emptyStringsClearOptionalFields() {
        ItemDetails merged = new ItemPatch(null, "", "", null, null, "", false, null).applyTo(item).normalized();

        assertThat(merged.sku()).isNull();
        assertThat(merged.description()).isNull();
        assertThat(merged.categoryId()).isNull();
        assertThat(merged.taxable()).isFalse();
    }

    @Test
    void aMalformedCategoryIdIsAFieldError() {
        assertThatThrownBy(() -> new ItemPatch(null, null, null, null, null, "nope", null, null).applyTo(item))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("categoryId"));
    }
}
