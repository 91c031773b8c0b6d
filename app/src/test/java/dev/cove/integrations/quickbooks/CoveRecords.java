package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.cove.customers.Address;
import dev.cove.customers.Customer;
import dev.cove.customers.Visit;
import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.InvoiceLine;
import dev.cove.invoicing.InvoiceStatus;
import dev.cove.items.Item;
import dev.cove.items.ItemKind;

/** Cove records for mapping tests, with private data that must never reach QuickBooks. */
final class CoveRecords {

    static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    static final UUID SERVICE_ITEM = UUID.randomUUID();
    static final UUID CHLORINE_ITEM = UUID.randomUUID();
    static final UUID TAX_RATE = UUID.randomUUID();

    private CoveRecords() {
    }

    static Customer customer(String name) {
        return new Customer(UUID.randomUUID(), name, "Lopez Holdings", "maria@example.com", "(813) 555-0100",
                new Address("12 Palm Way", "Unit 4", "Tampa", "FL", "33601", "US"), "es",
                "Gate code 4411, dog in the yard", true, CREATED, CREATED);
    }

    static Visit visit(UUID customerId) {
        return new Visit(UUID.randomUUID(), customerId, LocalDate.of(2026, 5, 4), "Weekly pool service", SERVICE_ITEM,
                new BigDecimal("120.00"), new BigDecimal("7.4"), new BigDecimal("3.1"), new BigDecimal("95"),
                List.of("photos/secret-pool-photo.jpg"), "Cracked skimmer lid, customer unaware", null);
    }

    static Item item(String name, ItemKind kind) {
        return new Item(UUID.randomUUID(), name, "SKU-1", "Sold by the bucket", kind, new BigDecimal("45.00"),
                UUID.randomUUID(), "Chemicals", true, true, CREATED, CREATED);
    }

    /** Two lines: a visit (untaxed service) and chlorine (taxable), with a 7.5% tax rate. */
    static Invoice invoice(Customer customer, Visit visit) {
        InvoiceLine service = new InvoiceLine(UUID.randomUUID(), 1, visit.date(), visit.description(), BigDecimal.ONE,
                visit.price(), visit.price(), false, visit.itemId(), visit.id());
        InvoiceLine chlorine = new InvoiceLine(UUID.randomUUID(), 2, visit.date(), "Chlorine tablets",
                new BigDecimal("2"), new BigDecimal("45.00"), new BigDecimal("90.00"), true, CHLORINE_ITEM, null);
        return new Invoice(UUID.randomUUID(), 1042, customer.id(), customer.displayName(), InvoiceStatus.SENT,
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 6, 4), null, TAX_RATE, new BigDecimal("7.5"), "USD",
                new BigDecimal("210.00"), new BigDecimal("6.75"), new BigDecimal("216.75"), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("216.75"), "Internal: customer pays late", List.of(service, chlorine),
                CREATED, null, CREATED, CREATED);
    }
}
