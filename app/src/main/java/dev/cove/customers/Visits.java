package dev.cove.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;

/** Visits to customers' pools, and which of them are billed. */
@Service
public class Visits {

    private static final String COLUMNS = """
            id, customer_id, visit_date, description, item_id, price, ph, free_chlorine, alkalinity, photo_refs,
            notes, invoice_id""";

    private final JdbcClient jdbc;
    private final Customers customers;
    private final ApplicationEventPublisher events;

    Visits(JdbcClient jdbc, Customers customers, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.events = events;
    }

    @Transactional
    public Visit record(CompanyId company, UUID customerId, VisitDetails d) {
        customers.get(company, customerId);
        UUID id = UUID.randomUUID();
        String photos = d.photoRefs() == null || d.photoRefs().isEmpty() ? null : String.join("\n", d.photoRefs());
        jdbc.sql("INSERT INTO visits (company_id, created_at, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(company.value(), Instant.now(), id, customerId, d.date(), d.description().trim(), d.itemId(),
                        d.price(), d.ph(), d.freeChlorine(), d.alkalinity(), photos,
                        d.notes() == null || d.notes().isBlank() ? null : d.notes(), null)
                .update();
        events.publishEvent(new VisitRecorded(company, customerId, id, d.date()));
        return forCustomer(company, customerId).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every visit of the customer, newest first. */
    public List<Visit> forCustomer(CompanyId company, UUID customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM visits WHERE company_id = ? AND customer_id = ? ORDER BY visit_date DESC, created_at DESC")
                .params(company.value(), customerId).query(Visits::map).list();
    }

    /** The customer's visits not yet on an invoice, oldest first (the order they are billed in). */
    public List<Visit> unbilled(CompanyId company, UUID customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM visits WHERE company_id = ? AND customer_id = ? AND invoice_id IS NULL ORDER BY visit_date, created_at")
                .params(company.value(), customerId).query(Visits::map).list();
    }

    /**
     * Marks the visits as billed on the invoice, in the caller's transaction. Fails, writing
     * nothing, if any of them is already billed or belongs to another customer or company.
     */
    @Transactional
    public void markBilled(CompanyId company, UUID customerId, Collection<UUID> visitIds, UUID invoiceId) {
        for (UUID visitId : visitIds) {
            int updated = jdbc.sql("UPDATE visits SET invoice_id = ? WHERE company_id = ? AND customer_id = ? AND id = ? AND invoice_id IS NULL")
                    .params(invoiceId, company.value(), customerId, visitId).update();
            if (updated != 1) {
                throw new BusinessRuleViolated("lines", "Visit " + visitId + " is already billed or is not this customer's");
            }
        }
    }

    /** Makes the invoice's visits billable again (the invoice was voided). */
    @Transactional
    public void release(CompanyId company, UUID invoiceId) {
        jdbc.sql("UPDATE visits SET invoice_id = NULL WHERE company_id = ? AND invoice_id = ?")
                .params(company.value(), invoiceId).update();
    }

    private static Visit map(ResultSet rs, int row) throws SQLException {
        String photos = rs.getString("photo_refs");
        return new Visit(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("visit_date", java.time.LocalDate.class), rs.getString("description"),
                rs.getObject("item_id", UUID.class), rs.getBigDecimal("price"), rs.getBigDecimal("ph"),
                rs.getBigDecimal("free_chlorine"), rs.getBigDecimal("alkalinity"),
                photos == null ? List.of() : Arrays.asList(photos.split("\n")), rs.getString("notes"),
                rs.getObject("invoice_id", UUID.class));
    }
}
