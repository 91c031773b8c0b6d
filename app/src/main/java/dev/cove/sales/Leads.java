package dev.cove.sales;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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
 * The leads of each company, scoped to the caller's company. Creating one publishes
 * {@link LeadCreated} in the same transaction. Details are expected to be valid (validated by the caller).
 */
@Service
public class Leads {

    private static final String COLUMNS = "id, name, email, phone, source, notes, created_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Leads(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public Lead create(CompanyId company, LeadDetails details) {
        LeadDetails d = details.normalized();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO leads (company_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(company.value(), id, d.name(), d.email(), d.phone(), d.source(), d.notes(), Instant.now())
                .update();
        events.publishEvent(new LeadCreated(company, id, d.name(), d.email(), d.source()));
        return get(company, id);
    }

    public Lead get(CompanyId company, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM leads WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(Leads::map).optional()
                .orElseThrow(() -> new RecordNotFound("Lead", id));
    }

    /** Newest first. */
    public PageResult<Lead> list(CompanyId company, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM leads WHERE company_id = ?").param(company.value())
                .query(Long.class).single();
        List<Lead> items = jdbc.sql("SELECT " + COLUMNS + " FROM leads WHERE company_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(company.value(), page.size(), page.offset()).query(Leads::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static Lead map(ResultSet rs, int row) throws SQLException {
        return new Lead(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("source"), rs.getString("notes"),
                rs.getTimestamp("created_at").toInstant());
    }
}
