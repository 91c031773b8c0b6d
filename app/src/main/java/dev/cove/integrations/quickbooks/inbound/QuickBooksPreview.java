package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.integrations.quickbooks.MatchDecision;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.CompanyId;

/**
 * The pre-sync preview of a company's first QuickBooks connection: its state, its proposals and its
 * choices. The QuickBooks adapter asks {@link #pending} before pushing (pushes wait until the person
 * accepted) and {@link #excluded} when rendering (a record the person chose to skip is not created).
 */
@Component
public class QuickBooksPreview {

    /** Where the preview stands. */
    enum State { READING, REVIEW, ACCEPTED, NOT_NEEDED, FAILED }

    record Summary(State state, String realm, String message, Instant readAt, UUID syncRunId) {
    }

    private final JdbcClient jdbc;

    QuickBooksPreview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True while the company's QuickBooks preview is being read or waits for a person: pushes must wait. */
    public boolean pending(CompanyId company) {
        return find(company).map(s -> s.state() == State.READING || s.state() == State.REVIEW).orElse(false);
    }

    /** True when the person chose not to sync this record to QuickBooks at all (neither linked nor created). */
    public boolean excluded(CompanyId company, RecordType type, UUID localId) {
        return jdbc.sql("SELECT COUNT(*) FROM quickbooks_preview_records WHERE company_id = ? AND entity_type = ? "
                + "AND cove_id = ? AND choice = 'SKIP'").params(company.value(), type.label(), localId)
                .query(Long.class).single() > 0;
    }

    /** Those of {@code localIds} the person chose not to sync to QuickBooks at all. */
    public Set<UUID> excluded(CompanyId company, RecordType type, Collection<UUID> localIds) {
        return localIds.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql("SELECT cove_id FROM quickbooks_preview_records "
                + "WHERE company_id = :company AND entity_type = :type AND choice = 'SKIP' AND cove_id IN (:ids)")
                .param("company", company.value()).param("type", type.label()).param("ids", localIds)
                .query(UUID.class).list());
    }

    Optional<Summary> find(CompanyId company) {
        return jdbc.sql("SELECT state, realm_id, message, read_at, sync_run_id FROM quickbooks_previews WHERE company_id = ?")
                .param(company.value()).query((rs, n) -> {
                    OffsetDateTime read = rs.getObject(4, OffsetDateTime.class);
                    return new Summary(State.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            read == null ? null : read.toInstant(), rs.getObject(5, UUID.class));
                }).optional();
    }

    /** Starts over for a new realm: the old proposals and choices go. */
    void begin(CompanyId company, String realm) {
        jdbc.sql("DELETE FROM quickbooks_preview_records WHERE company_id = ?").param(company.value()).update();
        jdbc.sql("DELETE FROM quickbooks_preview_remotes WHERE company_id = ?").param(company.value()).update();
        jdbc.sql("DELETE FROM quickbooks_previews WHERE company_id = ?").param(company.value()).update();
        jdbc.sql("INSERT INTO quickbooks_previews (company_id, realm_id, state) VALUES (?, ?, 'READING')")
                .params(company.value(), realm).update();
    }

    void state(CompanyId company, State state, String message) {
        jdbc.sql("UPDATE quickbooks_previews SET state = ?, message = ? WHERE company_id = ?")
                .params(state.name(), message, company.value()).update();
        if (state == State.ACCEPTED || state == State.NOT_NEEDED) {
            jdbc.sql("UPDATE quickbooks_previews SET decided_at = ? WHERE company_id = ?").params(now(), company.value())
                    .update();
        }
    }

    void read(CompanyId company, Instant at, List<PreviewRecord> records, List<PreviewRemote> remotes) {
        for (PreviewRemote r : remotes) {
            jdbc.sql("INSERT INTO quickbooks_preview_remotes (company_id, entity_type, remote_id, name, active, sync_token) "
                    + "VALUES (?, ?, ?, ?, ?, ?)").params(company.value(), r.type(), r.id(), r.name(), r.active(),
                            r.syncToken()).update();
        }
        for (PreviewRecord r : records) {
            jdbc.sql("INSERT INTO quickbooks_preview_records (company_id, entity_type, cove_id, name, decision, remote_id, "
                    + "reason) VALUES (?, ?, ?, ?, ?, ?, ?)").params(company.value(), r.type(), r.coveId(), r.name(),
                            r.decision().name(), r.remoteId(), r.reason()).update();
        }
        jdbc.sql("UPDATE quickbooks_previews SET read_at = ? WHERE company_id = ?").params(at.atOffset(ZoneOffset.UTC),
                company.value()).update();
    }

    List<PreviewRecord> records(CompanyId company) {
        return jdbc.sql("SELECT p.entity_type, p.cove_id, p.name, p.decision, p.remote_id, r.name, p.reason, p.choice, "
                + "p.chosen_remote_id FROM quickbooks_preview_records p LEFT JOIN quickbooks_preview_remotes r ON "
                + "r.company_id = p.company_id AND r.entity_type = p.entity_type AND r.remote_id = p.remote_id "
                + "WHERE p.company_id = ? ORDER BY p.entity_type, p.name").param(company.value())
                .query((rs, n) -> new PreviewRecord(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        MatchDecision.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9))).list();
    }

    List<PreviewRemote> remotes(CompanyId company) {
        return jdbc.sql("SELECT entity_type, remote_id, name, active, sync_token FROM quickbooks_preview_remotes "
                + "WHERE company_id = ? ORDER BY entity_type, name").param(company.value())
                .query((rs, n) -> new PreviewRemote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5))).list();
    }

    void chose(CompanyId company, String type, UUID coveId, String choice, String remoteId) {
        jdbc.sql("UPDATE quickbooks_preview_records SET choice = ?, chosen_remote_id = ? WHERE company_id = ? "
                + "AND entity_type = ? AND cove_id = ?").params(choice, remoteId, company.value(), type, coveId).update();
    }

    void started(CompanyId company, UUID run) {
        jdbc.sql("UPDATE quickbooks_previews SET sync_run_id = ? WHERE company_id = ?").params(run, company.value()).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
