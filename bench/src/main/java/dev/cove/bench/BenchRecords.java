package dev.cove.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * Customers, items and sent invoices (3 to 5 item lines each, totals consistent) written straight into
 * Cove's PostgreSQL tables for one company, in a few set-based statements. Names carry {@code tag} so
 * that repeated runs never collide. Invoice numbers are taken from the company's sequence. An invoice's
 * lines are written one after another, as Cove writes them (in the invoice's own transaction), so they
 * share pages as in a real database.
 */
final class BenchRecords {

    private final Connection db;
    private final UUID company;
    private final String tag;

    BenchRecords(Connection db, UUID company, String tag) {
        this.db = db;
        this.company = company;
        this.tag = tag;
    }

    void seed(int customers, int items, int invoices) throws Exception {
        db.setAutoCommit(false);
        update("""
                INSERT INTO items (id, company_id, name, kind, unit_price, taxable, active, created_at, updated_at)
                SELECT gen_random_uuid(), ?, 'Bench ' || ? || ' item ' || g, 'SERVICE', 20 + g % 80, false, true, now(), now()
                FROM generate_series(1, ?) g""", company, tag, items);
        update("""
                INSERT INTO customers (id, company_id, display_name, email, line1, city, region, postal_code, country, language,
                    active, created_at, updated_at)
                SELECT gen_random_uuid(), ?, 'Bench ' || ? || ' customer ' || g, 'bench-' || ? || '-' || g || '@example.com',
                    g || ' Palm Way', 'Tampa', 'FL', '33601', 'US', 'en', true, now(), now()
                FROM generate_series(1, ?) g""", company, tag, tag, customers);
        long first = reserveNumbers(invoices);
        update("""
                INSERT INTO invoices (id, company_id, number, customer_id, status, issue_date, due_date, tax_rate, currency,
                    subtotal, tax_total, total, amount_paid, amount_refunded, sent_at, created_at, updated_at)
                SELECT gen_random_uuid(), ?, ? + g - 1, c.id, 'SENT', current_date, current_date + 30, 0, 'USD', 0, 0, 0, 0, 0,
                    now(), now(), now()
                FROM generate_series(1, ?) g
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM customers
                      WHERE company_id = ? AND display_name LIKE 'Bench ' || ? || ' customer %') c ON c.i = g % ?""",
                company, first, invoices, company, tag, customers);
        update("""
                INSERT INTO invoice_lines (id, company_id, invoice_id, position, service_date, description, quantity, unit_price,
                    amount, taxable, item_id)
                SELECT gen_random_uuid(), ?, inv.id, p, current_date - p, 'Weekly pool service, visit ' || p, 1, it.unit_price,
                    it.unit_price, false, it.id
                FROM (SELECT id, number FROM invoices WHERE company_id = ? AND number >= ? AND number < ?) inv
                CROSS JOIN generate_series(1, 5) p
                JOIN (SELECT id, unit_price, row_number() OVER (ORDER BY id) - 1 AS i FROM items
                      WHERE company_id = ? AND name LIKE 'Bench ' || ? || ' item %') it ON it.i = (inv.number + p) % ?
                WHERE p <= 3 + inv.number % 3
                ORDER BY inv.number, p""", company, company, first, first + invoices, company, tag, items);
        update("""
                UPDATE invoices SET subtotal = t.sum, total = t.sum
                FROM (SELECT invoice_id, SUM(amount) AS sum FROM invoice_lines WHERE company_id = ? GROUP BY invoice_id) t
                WHERE invoices.id = t.invoice_id AND invoices.company_id = ? AND invoices.number >= ? AND invoices.number < ?""",
                company, company, first, first + invoices);
        db.commit();
        db.setAutoCommit(true);
    }

    private long reserveNumbers(int count) throws Exception {
        update("INSERT INTO invoice_sequences (company_id, next_number) SELECT ?, 1 WHERE NOT EXISTS "
                + "(SELECT 1 FROM invoice_sequences WHERE company_id = ?)", company, company);
        try (PreparedStatement reserve = db.prepareStatement(
                "UPDATE invoice_sequences SET next_number = next_number + ? WHERE company_id = ? RETURNING next_number - ?")) {
            reserve.setInt(1, count);
            reserve.setObject(2, company);
            reserve.setInt(3, count);
            try (ResultSet rs = reserve.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, Object... params) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }
}
