package dev.cove.invoicing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

/** The SQL behind invoices. Every statement is scoped by company. */
@Repository
class InvoiceRows {

    private static final String HEADER_COLUMNS = """
            SELECT i.id, i.number, i.customer_id, c.display_name, i.status, i.issue_date, i.due_date, i.terms_id,
                   i.tax_rate_id, i.tax_rate, i.currency, i.subtotal, i.tax_total, i.total, i.amount_paid,
                   i.amount_refunded, i.notes, i.sent_at, i.voided_at, i.created_at, i.updated_at
            """;

    private static final String FROM = """
            FROM invoices i JOIN customers c ON c.id = i.customer_id AND c.company_id = i.company_id
            """;

    private static final String SELECT = HEADER_COLUMNS + FROM;

    private static final String SELECT_WITH_LINES = HEADER_COLUMNS + """
                 , l.id AS line_id, l.position, l.service_date, l.description, l.quantity, l.unit_price, l.amount,
                   l.taxable, l.item_id, l.visit_id
            """ + FROM + """
            LEFT JOIN invoice_lines l ON l.invoice_id = i.id AND l.company_id = i.company_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InvoiceRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void startSequence(CompanyId company, long first) {
        jdbc.sql("INSERT INTO invoice_sequences (company_id, next_number) VALUES (?, ?)")
                .params(company.value(), first).update();
    }

    /** Takes the company's next invoice number; the row lock serialises concurrent creators. */
    long nextNumber(CompanyId company) {
        long number = jdbc.sql("SELECT next_number FROM invoice_sequences WHERE company_id = ? FOR UPDATE")
                .param(company.value()).query(Long.class).single();
        jdbc.sql("UPDATE invoice_sequences SET next_number = ? WHERE company_id = ?")
                .params(number + 1, company.value()).update();
        return number;
    }

    void insert(CompanyId company, UUID id, long number, PricedInvoice p, Instant now) {
        jdbc.sql("""
                INSERT INTO invoices (id, company_id, number, customer_id, status, issue_date, due_date, terms_id,
                  tax_rate_id, tax_rate, currency, subtotal, tax_total, total, amount_paid, amount_refunded, notes,
                  created_at, updated_at)
                VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)""")
                .params(id, company.value(), number, p.customerId(), p.issueDate(), p.dueDate(), p.termsId(),
                        p.taxRateId(), p.taxRate(), p.currency(), p.totals().subtotal(), p.totals().taxTotal(),
                        p.totals().total(), p.notes(), now, now)
                .update();
        insertLines(company, id, p.lines());
    }

    void replace(CompanyId company, UUID id, PricedInvoice p, Instant now) {
        jdbc.sql("""
                UPDATE invoices SET customer_id = ?, issue_date = ?, due_date = ?, terms_id = ?, tax_rate_id = ?,
                  tax_rate = ?, subtotal = ?, tax_total = ?, total = ?, notes = ?, updated_at = ?
                WHERE company_id = ? AND id = ?""")
                .params(p.customerId(), p.issueDate(), p.dueDate(), p.termsId(), p.taxRateId(), p.taxRate(),
                        p.totals().subtotal(), p.totals().taxTotal(), p.totals().total(), p.notes(), now,
                        company.value(), id)
                .update();
        jdbc.sql("DELETE FROM invoice_lines WHERE company_id = ? AND invoice_id = ?").params(company.value(), id).update();
        insertLines(company, id, p.lines());
    }

    /** One batch: a single round trip whatever the number of lines. */
    private void insertLines(CompanyId company, UUID invoiceId, List<PricedLine> lines) {
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PricedLine l = lines.get(i);
            rows.add(new Object[] {UUID.randomUUID(), company.value(), invoiceId, i + 1, l.serviceDate(), l.description(),
                    l.quantity(), l.unitPrice(), l.amount(), l.taxable(), l.itemId(), l.visitId()});
        }
        batch.batchUpdate("""
                INSERT INTO invoice_lines (id, company_id, invoice_id, position, service_date, description, quantity,
                  unit_price, amount, taxable, item_id, visit_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    void markSent(CompanyId company, UUID id, Instant now) {
        jdbc.sql("UPDATE invoices SET status = 'SENT', sent_at = ?, updated_at = ? WHERE company_id = ? AND id = ? AND status = 'DRAFT'")
                .params(now, now, company.value(), id).update();
    }

    void markVoid(CompanyId company, UUID id, Instant now) {
        jdbc.sql("UPDATE invoices SET status = 'VOID', voided_at = ?, updated_at = ? WHERE company_id = ? AND id = ?")
                .params(now, now, company.value(), id).update();
    }

    void updateLedger(CompanyId company, UUID id, BigDecimal paid, BigDecimal refunded, InvoiceStatus status, Instant now) {
        jdbc.sql("UPDATE invoices SET amount_paid = ?, amount_refunded = ?, status = ?, updated_at = ? WHERE company_id = ? AND id = ?")
                .params(paid, refunded, status.name(), now, company.value(), id).update();
    }

    /** The invoice with its lines, in one statement: each row is the header and one line (none without lines). */
    Optional<Invoice> find(CompanyId company, UUID id) {
        return jdbc.sql(SELECT_WITH_LINES + " WHERE i.company_id = ? AND i.id = ? ORDER BY l.position")
                .params(company.value(), id)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<Invoice>empty();
                    }
                    Invoice header = header(rs, 0);
                    List<InvoiceLine> lines = new ArrayList<>();
                    do {
                        if (rs.getObject("line_id", UUID.class) != null) {
                            lines.add(line(rs, "line_id"));
                        }
                    } while (rs.next());
                    return Optional.of(withLines(header, lines));
                });
    }

    List<Invoice> findAll(CompanyId company, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Invoice> headers = jdbc.sql(SELECT + " WHERE i.company_id = :company AND i.id IN (:ids)")
                .param("company", company.value()).param("ids", ids).query(InvoiceRows::header).list();
        Map<UUID, List<InvoiceLine>> lines = lines(company, headers.stream().map(Invoice::id).toList());
        return headers.stream().map(h -> withLines(h, lines.getOrDefault(h.id(), List.of()))).toList();
    }

    /** Locks the invoice row for the rest of the transaction; false if there is no such invoice. */
    boolean lock(CompanyId company, UUID id) {
        return jdbc.sql("SELECT id FROM invoices WHERE company_id = ? AND id = ? FOR UPDATE")
                .params(company.value(), id).query(UUID.class).optional().isPresent();
    }

    PageResult<Invoice> list(CompanyId company, InvoiceStatus status, UUID customerId, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE i.company_id = :company");
        if (status != null) {
            where.append(" AND i.status = :status");
        }
        if (customerId != null) {
            where.append(" AND i.customer_id = :customer");
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("company", company.value());
        params.put("status", status == null ? null : status.name());
        params.put("customer", customerId);
        long total = jdbc.sql("SELECT COUNT(*) FROM invoices i" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Invoice> headers = jdbc.sql(SELECT + where + " ORDER BY i.number DESC LIMIT :limit OFFSET :offset")
                .params(params).query(InvoiceRows::header).list();
        Map<UUID, List<InvoiceLine>> lines = lines(company, headers.stream().map(Invoice::id).toList());
        return new PageResult<>(headers.stream().map(h -> withLines(h, lines.getOrDefault(h.id(), List.of()))).toList(),
                page.page(), page.size(), total);
    }

    Map<InvoiceStatus, InvoiceSummary> summary(CompanyId company) {
        return jdbc.sql("""
                SELECT status, COUNT(*) AS n, COALESCE(SUM(total - amount_paid + amount_refunded), 0) AS open
                FROM invoices WHERE company_id = ? GROUP BY status""")
                .param(company.value())
                .query((rs, n) -> Map.entry(InvoiceStatus.valueOf(rs.getString("status")),
                        new InvoiceSummary(rs.getLong("n"), rs.getBigDecimal("open"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<UUID, List<InvoiceLine>> lines(CompanyId company, List<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT invoice_id, id, position, service_date, description, quantity, unit_price, amount, taxable,
                       item_id, visit_id
                FROM invoice_lines WHERE company_id = :company AND invoice_id IN (:ids) ORDER BY position""")
                .param("company", company.value()).param("ids", invoiceIds)
                .query((rs, n) -> Map.entry(rs.getObject("invoice_id", UUID.class), line(rs, "id")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toCollection(ArrayList::new))));
    }

    private static InvoiceLine line(ResultSet rs, String idColumn) throws SQLException {
        return new InvoiceLine(rs.getObject(idColumn, UUID.class), rs.getInt("position"),
                rs.getObject("service_date", LocalDate.class), rs.getString("description"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("unit_price"), rs.getBigDecimal("amount"), rs.getBoolean("taxable"),
                rs.getObject("item_id", UUID.class), rs.getObject("visit_id", UUID.class));
    }

    private static Invoice header(ResultSet rs, int row) throws SQLException {
        BigDecimal total = rs.getBigDecimal("total");
        BigDecimal paid = rs.getBigDecimal("amount_paid");
        BigDecimal refunded = rs.getBigDecimal("amount_refunded");
        InvoiceStatus status = InvoiceStatus.valueOf(rs.getString("status"));
        BigDecimal balance = status == InvoiceStatus.VOID ? BigDecimal.ZERO.setScale(total.scale())
                : total.subtract(paid).add(refunded);
        return new Invoice(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getObject("customer_id", UUID.class),
                rs.getString("display_name"), status, rs.getObject("issue_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getObject("terms_id", UUID.class),
                rs.getObject("tax_rate_id", UUID.class), rs.getBigDecimal("tax_rate"), rs.getString("currency"),
                rs.getBigDecimal("subtotal"), rs.getBigDecimal("tax_total"), total, paid, refunded, balance,
                rs.getString("notes"), List.of(), instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("voided_at")),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Invoice withLines(Invoice h, List<InvoiceLine> lines) {
        return new Invoice(h.id(), h.number(), h.customerId(), h.customerName(), h.status(), h.issueDate(), h.dueDate(),
                h.termsId(), h.taxRateId(), h.taxRate(), h.currency(), h.subtotal(), h.taxTotal(), h.total(),
                h.amountPaid(), h.amountRefunded(), h.balanceDue(), h.notes(), List.copyOf(lines), h.sentAt(),
                h.voidedAt(), h.createdAt(), h.updatedAt());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
