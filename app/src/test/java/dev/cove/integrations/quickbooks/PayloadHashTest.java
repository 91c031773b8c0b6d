package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PayloadHashTest {

    @Test
    void sameContentSameHashWhateverTheFieldOrderOrScale() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("DisplayName", "Maria");
        a.put("Amount", new BigDecimal("120.00"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("Amount", new BigDecimal("120.0"));
        b.put("DisplayName", "Maria");
        b.put("CompanyName", null);

        assertThat(PayloadHash.of(a)).isEqualTo(PayloadHash.of(b)).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        var customer = CoveRecords.customer("Maria Lopez");
        String before = PayloadHash.of(CustomerMapping.toQuickBooks(customer));
        var renamed = new dev.cove.customers.Customer(customer.id(), customer.displayName(), customer.companyName(),
                "other@example.com", customer.phone(), customer.billingAddress(), customer.language(), customer.notes(),
                true, customer.createdAt(), customer.updatedAt());
        var newNotes = new dev.cove.customers.Customer(customer.id(), customer.displayName(), customer.companyName(),
                customer.email(), customer.phone(), customer.billingAddress(), "en", "new private notes", true,
                customer.createdAt(), customer.updatedAt());

        assertThat(PayloadHash.of(CustomerMapping.toQuickBooks(renamed))).isNotEqualTo(before);
        assertThat(PayloadHash.of(CustomerMapping.toQuickBooks(newNotes)))
            .as("fields that never leave Cove do not cause a push").isEqualTo(before);
    }
}
