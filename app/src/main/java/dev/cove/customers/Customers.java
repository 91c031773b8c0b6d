package dev.cove.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;
import dev.cove.shared.RecordNotFound;

/**
 * The customers of each company. Every read and write is scoped to the caller's company; a
 * customer of another company is {@link RecordNotFound}. Each change publishes its event in the
 * same transaction.
 */
@Service
public class Customers {

    private static final String COLUMNS = """
            id, display_name, company_name, email, phone, line1, line2, city, region, postal_code, country,
            language, notes, active, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Customers(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public Customer create(CompanyId company, CustomerDetails details) {
        CustomerDetails d = details.normalized();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        Address a = d.billingAddress();
        jdbc.sql("INSERT INTO customers (company_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(company.value(), id, d.displayName(), d.companyName(), d.email(), d.phone(), a.line1(), a.line2(),
                        a.city(), a.region(), a.postalCode(), a.country(), d.language(), d.notes(), true, now, now)
                .update();
        events.publishEvent(new CustomerCreated(company, id, d.displayName()));
        return get(company, id);
    }

    @Transactional
    public Customer update(CompanyId company, UUID id, CustomerDetails details) {
        get(company, id);
        CustomerDetails d = details.normalized();
        Address a = d.billingAddress();
        jdbc.sql("""
                UPDATE customers SET display_name = ?, company_name = ?, email = ?, phone = ?, line1 = ?, line2 = ?,
                  city = ?, region = ?, postal_code = ?, country = ?, language = ?, notes = ?, updated_at = ?
                WHERE company_id = ? AND id = ?""")
                .params(d.displayName(), d.companyName(), d.email(), d.phone(), a.line1(), a.line2(), a.city(), a.region(),
                        a.postalCode(), a.country(), d.language(), d.notes(), Instant.now(), company.value(), id)
                .update();
        events.publishEvent(new CustomerUpdated(company, id, d.displayName()));
        return get(company, id);
    }

    /** Deactivates the customer; their history stays. Deactivating twice changes nothing. */
    @Transactional
    public Customer deactivate(CompanyId company, UUID id) {
        Customer customer = get(company, id);
        if (customer.active()) {
            jdbc.sql("UPDATE customers SET active = FALSE, updated_at = ? WHERE company_id = ? AND id = ?")
                    .params(Instant.now(), company.value(), id).update();
            events.publishEvent(new CustomerDeactivated(company, id, customer.displayName()));
        }
        return get(company, id);
    }

    @Transactional
    public Customer reactivate(CompanyId company, UUID id) {
        Customer customer = get(company, id);
        if (!customer.active()) {
            jdbc.sql("UPDATE customers SET active = TRUE, updated_at = ? WHERE company_id = ? AND id = ?")
                    .params(Instant.now(), company.value(), id).update();
            events.publishEvent(new CustomerUpdated(company, id, customer.displayName()));
        }
        return get(company, id);
    }

    public Customer get(CompanyId company, UUID id) {
        return find(company, id).orElseThrow(() -> new RecordNotFound("Customer", id));
    }

    public Optional<Customer> find(CompanyId company, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customers WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(Customers::map).optional();
    }

    /** The customers among {@code ids} that exist in the company, in no particular order. */
    public List<Customer> findAll(CompanyId company, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT " + COLUMNS + " FROM customers WHERE company_id = :company AND id IN (:ids)")
                .param("company", company.value()).param("ids", ids).query(Customers::map).list();
    }

    /** Customers whose name, company, email or phone contains {@code search}, by display name. */
    public PageResult<Customer> list(CompanyId company, String search, boolean includeInactive, PageRequest page) {
        String where = " WHERE company_id = :company" + (includeInactive ? "" : " AND active = TRUE")
                + (search == null || search.isBlank() ? ""
                        : " AND (LOWER(display_name) LIKE :q OR LOWER(company_name) LIKE :q OR LOWER(email) LIKE :q"
                                + " OR phone LIKE :q)");
        String q = search == null ? "" : "%" + search.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("SELECT COUNT(*) FROM customers" + where)
                .param("company", company.value()).param("q", q).query(Long.class).single();
        List<Customer> items = jdbc.sql("SELECT " + COLUMNS + " FROM customers" + where
                        + " ORDER BY LOWER(display_name), id LIMIT :limit OFFSET :offset")
                .param("company", company.value()).param("q", q)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Customers::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public long countActive(CompanyId company) {
        return jdbc.sql("SELECT COUNT(*) FROM customers WHERE company_id = ? AND active = TRUE")
                .param(company.value()).query(Long.class).single();
    }

    private static Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("company_name"),
                rs.getString("email"), rs.getString("phone"),
                new Address(rs.getString("line1"), rs.getString("line2"), rs.getString("city"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                rs.getString("language"), rs.getString("notes"), rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
