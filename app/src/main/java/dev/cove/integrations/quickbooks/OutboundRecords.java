package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.InvoiceStatus;
import dev.cove.invoicing.Invoices;
import dev.cove.items.Item;
import dev.cove.items.Items;
import dev.cove.payments.Payment;
import dev.cove.payments.Payments;
import dev.cove.payments.Refund;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.CompanyId;

/**
 * Which Cove records go to QuickBooks and as what snapshot. Out of scope, rendered as nothing: drafts,
 * types whose direction does not push, customers, invoices and payments created before the sync start
 * date (a customer is still pushed when one of its invoices is in scope), payments of unticked methods.
 */
@Component
class OutboundRecords {

    private final Customers customers;
    private final Items items;
    private final Invoices invoices;
    private final Payments payments;
    private final QuickBooksSetups setups;
    private final JdbcClient jdbc;

    OutboundRecords(Customers customers, Items items, Invoices invoices, Payments payments, QuickBooksSetups setups,
            JdbcClient jdbc) {
        this.customers = customers;
        this.items = items;
        this.invoices = invoices;
        this.payments = payments;
        this.setups = setups;
        this.jdbc = jdbc;
    }

    Optional<OutboundSnapshot> render(CompanyId company, RecordType type, UUID id) {
        QuickBooksSetup setup = setups.of(company);
        if (!setup.direction(type).pushes()) {
            return Optional.empty();
        }
        long v = setup.version();
        return switch (type) {
            case CUSTOMER -> customers.find(company, id).flatMap(c -> customer(company, setup, c));
            case ITEM -> items.find(company, id).map(i -> snapshot(v, null, trim(i), null, null, null, null, null, null));
            case INVOICE -> invoice(company, id).flatMap(i -> invoice(setup, i));
            case PAYMENT -> payment(company, id).filter(p -> !setup.beforeStart(p.createdAt())
                    && (p.methodId() == null || !setup.paymentMethodsOff().contains(p.methodId())))
                    .map(p -> snapshot(v, null, null, null, trim(p), null, null, invoice(company, p.invoiceId())
                            .map(Invoice::customerId).orElse(null), null));
            case REFUND -> refund(company, id).flatMap(r -> invoice(company, r.invoiceId()).map(i -> snapshot(v, null, null,
                    null, null, trim(r), i.number(), i.customerId(), i.lines().stream().map(l -> l.itemId())
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null))));
            default -> Optional.empty();
        };
    }

    /**
     * {@link #render} for several records of one type, reading customers and invoices together; a
     * record out of scope or gone is absent from the answer.
     */
    Map<UUID, OutboundSnapshot> render(CompanyId company, RecordType type, List<UUID> ids) {
        QuickBooksSetup setup = setups.of(company);
        if (!setup.direction(type).pushes()) {
            return Map.of();
        }
        Map<UUID, OutboundSnapshot> rendered = new HashMap<>();
        switch (type) {
            case CUSTOMER -> customers.findAll(company, ids)
                    .forEach(c -> customer(company, setup, c).ifPresent(s -> rendered.put(c.id(), s)));
            case INVOICE -> invoices.getAll(company, ids).forEach(i -> invoice(setup, i).ifPresent(s -> rendered.put(i.id(), s)));
            default -> ids.forEach(id -> render(company, type, id).ifPresent(s -> rendered.put(id, s)));
        }
        return rendered;
    }

    private Optional<OutboundSnapshot> customer(CompanyId company, QuickBooksSetup setup, Customer customer) {
        return inScope(company, setup, customer)
                ? Optional.of(snapshot(setup.version(), trim(customer), null, null, null, null, null, null, null))
                : Optional.empty();
    }

    private static Optional<OutboundSnapshot> invoice(QuickBooksSetup setup, Invoice invoice) {
        return invoice.status() != InvoiceStatus.DRAFT && !setup.beforeStart(invoice.createdAt())
                ? Optional.of(snapshot(setup.version(), null, null, trim(invoice), null, null, null, null, null))
                : Optional.empty();
    }

    List<UUID> localIds(CompanyId company, RecordType type) {
        QuickBooksSetup setup = setups.of(company);
        if (!setup.direction(type).pushes()) {
            return List.of();
        }
        OffsetDateTime start = setup.syncStartDate() == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : setup.syncStartDate().atStartOfDay().atOffset(ZoneOffset.UTC);
        UUID c = company.value();
        return switch (type) {
            case CUSTOMER -> jdbc.sql("SELECT id FROM customers k WHERE company_id = ? AND (created_at >= ? OR EXISTS "
                    + "(SELECT 1 FROM invoices i WHERE i.company_id = k.company_id AND i.customer_id = k.id "
                    + "AND i.status <> 'DRAFT' AND i.created_at >= ?)) ORDER BY created_at, id")
                    .params(c, start, start).query(UUID.class).list();
            case ITEM -> jdbc.sql("SELECT id FROM items WHERE company_id = ? ORDER BY created_at, id").param(c)
                    .query(UUID.class).list();
            case INVOICE -> jdbc.sql("SELECT id FROM invoices WHERE company_id = ? AND status <> 'DRAFT' AND created_at >= ? "
                    + "ORDER BY number").params(c, start).query(UUID.class).list();
            case PAYMENT -> jdbc.sql("SELECT id, method_id FROM payments WHERE company_id = ? AND created_at >= ? "
                    + "ORDER BY created_at, id").params(c, start)
                    .query((rs, n) -> setup.paymentMethodsOff().contains(rs.getObject(2, UUID.class)) ? null
                            : rs.getObject(1, UUID.class)).list().stream().filter(java.util.Objects::nonNull).toList();
            case REFUND -> jdbc.sql("SELECT r.id FROM refunds r JOIN invoices i ON i.id = r.invoice_id AND i.company_id = "
                    + "r.company_id WHERE r.company_id = ? AND i.created_at >= ? ORDER BY r.created_at, r.id")
                    .params(c, start).query(UUID.class).list();
            default -> List.of();
        };
    }

    /** Unsynced here means: sent, paid or partly paid, in scope, and not (yet) in QuickBooks. */
    List<UUID> sentOrPaidInvoices(CompanyId company) {
        return localIds(company, RecordType.INVOICE).stream().filter(id -> invoice(company, id)
                .map(i -> i.status() != InvoiceStatus.VOID).orElse(false)).toList();
    }

    /** The invoice number QuickBooks shows as DocNumber, or null. */
    String docNumber(CompanyId company, UUID invoiceId) {
        return invoice(company, invoiceId).map(i -> String.valueOf(i.number())).orElse(null);
    }

    private boolean inScope(CompanyId company, QuickBooksSetup setup, Customer customer) {
        if (!setup.beforeStart(customer.createdAt())) {
            return true;
        }
        return jdbc.sql("SELECT COUNT(*) FROM invoices WHERE company_id = ? AND customer_id = ? AND status <> 'DRAFT' "
                + "AND created_at >= ?").params(company.value(), customer.id(),
                        setup.syncStartDate().atStartOfDay().atOffset(ZoneOffset.UTC)).query(Long.class).single() > 0;
    }

    private Optional<Invoice> invoice(CompanyId company, UUID id) {
        try {
            return Optional.of(invoices.get(company, id));
        } catch (dev.cove.shared.RecordNotFound gone) {
            return Optional.empty();
        }
    }

    private Optional<Payment> payment(CompanyId company, UUID id) {
        return invoiceOf(company, "payments", id)
                .flatMap(invoice -> payments.payments(company, invoice).stream().filter(p -> p.id().equals(id)).findFirst());
    }

    private Optional<Refund> refund(CompanyId company, UUID id) {
        return invoiceOf(company, "refunds", id)
                .flatMap(invoice -> payments.refunds(company, invoice).stream().filter(r -> r.id().equals(id)).findFirst());
    }

    private Optional<UUID> invoiceOf(CompanyId company, String table, UUID id) {
        return jdbc.sql("SELECT invoice_id FROM " + table + " WHERE company_id = ? AND id = ?").params(company.value(), id)
                .query(UUID.class).optional();
    }

    private static OutboundSnapshot snapshot(long v, Customer c, Item i, Invoice inv, Payment p, Refund r, Long number,
            UUID customerId, UUID itemId) {
        return new OutboundSnapshot(v, c, i, inv, p, r, number, customerId, itemId);
    }

    private static Customer trim(Customer c) {
        return new Customer(c.id(), c.displayName(), c.companyName(), c.email(), c.phone(), c.billingAddress(), null, null,
                c.active(), null, null);
    }

    private static Item trim(Item i) {
        return new Item(i.id(), i.name(), i.sku(), i.description(), i.kind(), i.unitPrice(), i.categoryId(), i.categoryName(),
                i.taxable(), i.active(), i.createdAt(), null);
    }

    private static Invoice trim(Invoice i) {
        return new Invoice(i.id(), i.number(), i.customerId(), i.customerName(), i.status() == InvoiceStatus.VOID
                ? InvoiceStatus.VOID : InvoiceStatus.SENT, i.issueDate(), i.dueDate(), i.termsId(), i.taxRateId(),
                i.taxRate(), i.currency(), i.subtotal(), i.taxTotal(), i.total(), BigDecimal.ZERO, BigDecimal.ZERO,
                i.total(), null, i.lines(), null, null, null, null);
    }

    private static Payment trim(Payment p) {
        return new Payment(p.id(), p.invoiceId(), p.amount(), p.methodId(), p.method(), p.paidOn(), p.reference(), null);
    }

    private static Refund trim(Refund r) {
        return new Refund(r.id(), r.invoiceId(), r.paymentId(), r.amount(), r.refundedOn(), r.reason(), null);
    }
}
