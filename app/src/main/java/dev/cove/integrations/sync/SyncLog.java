package dev.cove.integrations.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/** Every attempt, one row each: what was tried, when, and what the provider said. */
@Component
class SyncLog {

    /** What became of one attempt. */
    enum Outcome {
        PUSHED, UNCHANGED, TRANSIENT, REFUSED, WAITING, GONE, GAVE_UP
    }

    record Entry(long id, Instant at, String direction, RecordType type, UUID localId, Outcome outcome, String remoteId,
            String errorCode, String errorMessage, String requestKey) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SyncLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One attempt to record. */
    record Line(Link link, Outcome outcome, String remoteId, String code, String message, String key) {
    }

    void write(Link link, Outcome outcome, String remoteId, String code, String message, String key) {
        write(List.of(new Line(link, outcome, remoteId, code, message, key)));
    }

    /** Records many attempts in one round trip. */
    void write(List<Line> lines) {
        template.batchUpdate("INSERT INTO sync_log (company_id, provider, link_id, entity_type, local_id, direction, outcome, "
                + "remote_id, error_code, error_message, request_key, at) VALUES (?, ?, ?, ?, ?, 'PUSH', ?, ?, ?, ?, ?, ?)",
                lines.stream().map(l -> new Object[] { l.link().company().value(), l.link().provider().name(), l.link().id(),
                        l.link().type().label(), l.link().localId(), l.outcome().name(), l.remoteId(), l.code(),
                        SyncLinks.cut(l.message()), l.key(), SyncLinks.now() }).toList());
    }

    List<Entry> recent(CompanyId company, Provider provider, int limit) {
        return jdbc.sql("SELECT * FROM sync_log WHERE company_id = ? AND provider = ? ORDER BY id DESC")
                .params(company.value(), provider.name()).query(SyncLog::map).list().stream().limit(limit).toList();
    }

    /** The timeline of one record, oldest first. */
    List<Entry> timeline(CompanyId company, Provider provider, RecordType type, UUID localId) {
        return jdbc.sql("SELECT * FROM sync_log WHERE company_id = ? AND provider = ? AND entity_type = ? AND local_id = ? "
                + "ORDER BY id").params(company.value(), provider.name(), type.label(), localId).query(SyncLog::map).list();
    }

    private static Entry map(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), SyncLinks.instant(rs, "at"), rs.getString("direction"),
                RecordType.of(rs.getString("entity_type")), rs.getObject("local_id", UUID.class),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("remote_id"), rs.getString("error_code"),
                rs.getString("error_message"), rs.getString("request_key"));
    }
}
