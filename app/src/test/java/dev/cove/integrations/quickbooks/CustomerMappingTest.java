package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.cove.customers.CustomerDetails;

class CustomerMappingTest {

    @Test
    void sendsTheBillingIdentityOnly() {
        var customer = CoveRecords.customer("Maria Lopez");

        QboCustomer mapped = CustomerMapping.toQuickBooks(customer);

        assertThat(mapped.displayName()).isEqualTo("Maria Lopez");
        assertThat(mapped.companyName()).isEqualTo("Lopez Holdings");
        assertThat(mapped.primaryEmailAddr().address()).isEqualTo("maria@example.com");
        assertThat(mapped.primaryPhone().freeFormNumber()).isEqualTo("(813) 555-0100");
        assertThat(mapped.billAddr()).isEqualTo(new QboAddress(null, "12 Palm Way", "Unit 4", "Tampa", "FL", "33601", "US"));
        String json = QuickBooksJson.MAPPER.writeValueAsString(mapped);
        assertThat(json).contains("\"DisplayName\":\"Maria Lopez\"", "\"PrimaryEmailAddr\":{\"Address\":")
            .doesNotContain("Gate code", "\"es\"", "language", "Notes", "null");
    }

    @Test
    void colonsCannotReachADisplayName() {
        var customer = CoveRecords.customer("Oakwood HOA: North gate");

        assertThat(CustomerMapping.toQuickBooks(customer).displayName()).isEqualTo("Oakwood HOA- North gate");
    }

    @Test
    void inboundChangesKeepCoveOnlyFields() {
        var current = CoveRecords.customer("Maria Lopez");
        var remote = new QboCustomer("58", "3", "Maria Lopez-Garcia", "Maria", "Lopez", null,
                new QboEmail("mlg@example.com"), null,
                new QboAddress("1", "99 Bay Rd", null, "Clearwater", "FL", "33755", "USA"), null, true, null, null);

        CustomerDetails details = CustomerMapping.toCove(remote, current);

        assertThat(details.displayName()).isEqualTo("Maria Lopez-Garcia");
        assertThat(details.email()).isEqualTo("mlg@example.com");
        assertThat(details.phone()).isNull();
        assertThat(details.companyName()).isNull();
        assertThat(details.billingAddress().line1()).isEqualTo("99 Bay Rd");
        assertThat(details.billingAddress().region()).isEqualTo("FL");
        assertThat(details.billingAddress().country()).as("free-text country is not an ISO code").isNull();
        assertThat(details.language()).isEqualTo("es");
        assertThat(details.notes()).isEqualTo(current.notes());
    }

    @Test
    void aCustomerNewToCoveGetsDefaults() {
        var remote = new QboCustomer("7", "0", "  Sunset Villas ", null, null, "Sunset Villas LLC", null,
                new QboPhone("555-0199"), null, null, true, null, null);

        CustomerDetails details = CustomerMapping.toCove(remote, null);

        assertThat(details.displayName()).isEqualTo("Sunset Villas");
        assertThat(details.language()).isEqualTo("en");
        assertThat(details.notes()).isNull();
        assertThat(details.phone()).isEqualTo("555-0199");
    }
}
