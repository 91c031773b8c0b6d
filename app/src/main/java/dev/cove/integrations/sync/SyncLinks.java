package dev.cove.integrations.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.integrations.Provider;
import dev.cove.integrations.SyncCounts;
import dev.cove.shared.CompanyId;

/** The link table: which Cove record is which provider record, and how its sync stands. */
@Component
class SyncLinks {

    private static final String COLUMNS = "id, company_id, provider, entity_type, local_id, remote_id, remote_version, "
            + "pushed_hash, state, generation, handled_generation, attempts, inflight_generation, inflight_key, "
            + "inflight_hash, inflight_body, inflight_item, last_error_code, last_error_message, last_attempt_at, last_synced_at";

    private static final String INSERT = "INSERT INTO sync_links (id, company_id, provider, entity_type, local_id, state, "
            + "generation, handled_generation, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)";

    private static final String BEGIN_ATTEMPT = "UPDATE sync_links SET inflight_generation = ?, inflight_key = ?, "
            + "inflight_hash = ?, inflight_body = ?, inflight_item = ?, awaits = NULL, last_attempt_at = ? WHERE id = ? "
            + "AND inflight_key IS NULL AND generation = ? AND handled_generation < ?";

    private static final String NOT_IN_FLIGHT = "inflight_generation = NULL, inflight_key = NULL, inflight_hash = NULL, "
            + "inflight_body = NULL, inflight_item = NULL";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate savepoint;

    SyncLinks(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Records a change: bumps the generation (creating the link at generation 1). Joins the caller's
     * transaction; when another transaction creates the same link meanwhile, this change is counted on
     * that link (the insert is tried under a savepoint, so the caller's transaction stays usable).
     */
    UUID changed(CompanyId company, Provider provider, RecordType type, UUID localId) {
        if (bump(company, provider, type, localId) == 0 && !created(company, provider, type, localId, "PENDING", 1)) {
            bump(company, provider, type, localId);
        }
        return jdbc.sql("SELECT id FROM sync_links WHERE company_id = ? AND provider = ? AND entity_type = ? AND local_id = ?")
                .params(company.value(), provider.name(), type.label(), localId).query(UUID.class).single();
    }

    /** Links a record the provider already holds as Cove has it, unless it is linked. Joins the caller's transaction. */
    void ensureSynced(CompanyId company, Provider provider, RecordType type, UUID localId) {
        if (find(company, provider, type, localId).isEmpty()) {
            created(company, provider, type, localId, "SYNCED", 0);
        }
    }

    /** Inserts a link under a savepoint; false when another transaction has just created it. */
    private boolean created(CompanyId company, Provider provider, RecordType type, UUID localId, String state,
            long generation) {
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql(INSERT)
                    .params(UUID.randomUUID(), company.value(), provider.name(), type.label(), localId, state, generation)
                    .update());
            return true;
        } catch (DuplicateKeyException linkedMeanwhile) {
            return false;
        }
    }

    private int bump(CompanyId company, Provider provider, RecordType type, UUID localId) {
        return jdbc.sql("UPDATE sync_links SET generation = generation + 1, state = CASE WHEN state = 'WAITING' "
                + "THEN 'WAITING' ELSE 'PENDING' END WHERE company_id = ? AND provider = ? AND entity_type = ? AND local_id = ?")
                .params(company.value(), provider.name(), type.label(), localId).update();
    }

    /**
     * Many records of one type, for statements over their links: {@link #where} is the condition on
     * {@code sync_links} (under an alias), {@link #params} its named parameters.
     */
    record Records(CompanyId company, Provider provider, RecordType type, List<UUID> localIds) {

        static String where(String alias) {
            return alias + "company_id = :company AND " + alias + "provider = :provider AND " + alias
                    + "entity_type = :type AND " + alias + "local_id IN (:ids)";
        }

        Map<String, Object> params() {
            return Map.of("company", company.value(), "provider", provider.name(), "type", type.label(), "ids", localIds);
        }
    }

    /** {@link #changed} for many records of one type in a few statements. Joins the caller's transaction. */
    void changed(Records records) {
        jdbc.sql("UPDATE sync_links SET generation = generation + 1, state = CASE WHEN state = 'WAITING' THEN 'WAITING' "
                + "ELSE 'PENDING' END WHERE " + Records.where("")).params(records.params()).update();
        Set<UUID> linked = new HashSet<>(jdbc.sql("SELECT local_id FROM sync_links WHERE " + Records.where(""))
                .params(records.params()).query(UUID.class).list());
        List<Object[]> created = records.localIds().stream().filter(id -> !linked.contains(id)).map(id -> new Object[] {
                UUID.randomUUID(), records.company().value(), records.provider().name(), records.type().label(), id,
                "PENDING", 1L }).toList();
        template.batchUpdate(INSERT, created);
    }

    Optional<Link> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sync_links WHERE id = ?").param(id).query(SyncLinks::map).optional();
    }

    Optional<Link> find(CompanyId company, Provider provider, RecordType type, UUID localId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sync_links WHERE company_id = ? AND provider = ? AND entity_type = ? "
                + "AND local_id = ?").params(company.value(), provider.name(), type.label(), localId)
                .query(SyncLinks::map).optional();
    }

    /** Locks the row until the transaction ends, so a concurrent change waits for the task's decision. */
    Optional<Link> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sync_links WHERE id = ? FOR UPDATE").param(id)
                .query(SyncLinks::map).optional();
    }

    /** The provider's id of a record, or null; reads that column alone (a reference per invoice line). */
    String remoteId(CompanyId company, Provider provider, RecordType type, UUID localId) {
        return jdbc.sql("SELECT remote_id FROM sync_links WHERE company_id = ? AND provider = ? AND entity_type = ? "
                + "AND local_id = ?").params(company.value(), provider.name(), type.label(), localId)
                .query((rs, n) -> rs.getString(1)).optional().orElse(null);
    }

    /** The provider's ids of several records of one type; those not pushed yet are absent. */
    Map<UUID, String> remoteIds(Records records) {
        Map<UUID, String> ids = new HashMap<>();
        if (!records.localIds().isEmpty()) {
            jdbc.sql("SELECT local_id, remote_id FROM sync_links WHERE remote_id IS NOT NULL AND " + Records.where(""))
                    .params(records.params())
                    .query((rs, n) -> ids.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return ids;
    }

    /** One write to remember before it is sent; {@code item} is its position in a batch, null alone. */
    record Claim(UUID id, long generation, String key, String hash, String body, Integer item) {

        Object[] row(OffsetDateTime now) {
            return new Object[] {generation, key, hash, body, item, now, id, generation, generation};
        }
    }

    /**
     * Remembers the write about to be sent, before it is sent, so a crash repeats it with the same key;
     * {@code item} is its position in a batch, null alone. False when another task claimed the link
     * first or already settled this generation (a batch took it along): the caller's view is stale.
     */
    boolean beginAttempt(UUID id, long generation, String key, String hash, String body, Integer item) {
        return template.update(BEGIN_ATTEMPT, new Claim(id, generation, key, hash, body, item).row(now())) == 1;
    }

    /** {@link #beginAttempt} for several writes in one round trip; answers, in order, which were claimed. */
    boolean[] beginAttempts(List<Claim> claims) {
        OffsetDateTime now = now();
        int[] counts = template.batchUpdate(BEGIN_ATTEMPT, claims.stream().map(c -> c.row(now)).toList());
        boolean[] claimed = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            claimed[i] = counts[i] == 1;
        }
        return claimed;
    }

    /** Turns a claimed batch leader that found no company into a write of its own, before anything was sent. */
    void alone(UUID id, String body) {
        jdbc.sql("UPDATE sync_links SET inflight_item = NULL, inflight_body = ? WHERE id = ?").params(body, id).update();
    }

    /**
     * Links of one type that a batch may take along: changed, not in flight, not in backoff or
     * waiting, in id order from the leader's own id onwards (then from the start). With {@code lock} the
     * rows stay locked until the transaction ends and rows another leader holds are skipped, so leaders
     * working at once prepare different records. Only a hint: {@link #beginAttempt} decides who gets each.
     */
    List<Link> batchCandidates(CompanyId company, Provider provider, RecordType type, UUID leader, int limit,
            boolean lock) {
        List<Link> after = candidates(company, provider, type, "id > ?", leader, limit, lock);
        if (after.size() == limit) {
            return after;
        }
        List<Link> all = new ArrayList<>(after);
        all.addAll(candidates(company, provider, type, "id < ?", leader, limit - after.size(), lock));
        return all;
    }

    private List<Link> candidates(CompanyId company, Provider provider, RecordType type, String range, UUID leader,
            int limit, boolean lock) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sync_links WHERE company_id = ? AND provider = ? AND entity_type = ? "
                + "AND state = 'PENDING' AND " + range + " AND inflight_key IS NULL AND attempts = 0 "
                + "AND generation > handled_generation ORDER BY id LIMIT ?" + (lock ? " FOR UPDATE SKIP LOCKED" : ""))
                .params(company.value(), provider.name(), type.label(), leader, limit).query(SyncLinks::map).list();
    }

    /** The links in flight in one batch, in batch order. */
    List<Link> batch(CompanyId company, Provider provider, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sync_links WHERE company_id = ? AND provider = ? AND inflight_key = ? "
                + "AND inflight_item IS NOT NULL ORDER BY inflight_item").params(company.value(), provider.name(), key)
                .query(SyncLinks::map).list();
    }

    /** The link that leads a batch (item 0), if it is still in flight. */
    Optional<UUID> batchLeader(CompanyId company, Provider provider, String key) {
        return jdbc.sql("SELECT id FROM sync_links WHERE company_id = ? AND provider = ? AND inflight_key = ? "
                + "AND inflight_item = 0").params(company.value(), provider.name(), key).query(UUID.class).optional();
    }

    /** A write the provider took: its id and version there, the rendering's hash, the generation it settles. */
    record Pushed(UUID id, String remoteId, String remoteVersion, String hash, long settled) {
    }

    void pushed(UUID id, String remoteId, String remoteVersion, String hash, long settled) {
        pushed(List.of(new Pushed(id, remoteId, remoteVersion, hash, settled)));
    }

    /** Settles many pushed writes in one round trip. */
    void pushed(List<Pushed> pushed) {
        template.batchUpdate("UPDATE sync_links SET remote_id = ?, remote_version = ?, pushed_hash = ?, handled_generation = ?, "
                + "state = CASE WHEN generation > ? THEN 'PENDING' ELSE 'SYNCED' END, attempts = 0, " + NOT_IN_FLIGHT
                + ", last_error_code = NULL, last_error_message = NULL, last_synced_at = ?, last_attempt_at = ? WHERE id = ?",
                pushed.stream().map(p -> new Object[] { p.remoteId(), p.remoteVersion(), p.hash(), p.settled(), p.settled(),
                        now(), now(), p.id() }).toList());
    }

    /**
     * The condition under which a task may record an outcome on a link: it holds the write in flight
     * under {@code :key}, or, holding none (null key), the link is still unclaimed and unsettled. A task
     * whose view went stale (another task's batch took the record along, or settled it) records nothing.
     */
    private static String heldBy(String key) {
        return key == null ? "inflight_key IS NULL AND generation > handled_generation" : "inflight_key = :key";
    }

    /** Settles an unclaimed link whose rendering the provider already holds; false when another task has it. */
    boolean unchanged(UUID id, long settled) {
        return jdbc.sql("UPDATE sync_links SET handled_generation = :settled, state = CASE WHEN generation > :settled "
                + "THEN 'PENDING' ELSE 'SYNCED' END, attempts = 0, last_error_code = NULL, last_error_message = NULL "
                + "WHERE id = :id AND " + heldBy(null)).param("settled", settled).param("id", id).update() == 1;
    }

    /**
     * Counts one more transient failure of the write held under {@code key} (null: no write claimed) and
     * returns how many in a row there have been, or 0 when the caller's view was stale and nothing was
     * recorded; {@code mayBeWritten} false when the provider answered that the write did not happen (it is
     * tried anew, new key).
     */
    int failedTransiently(UUID id, String key, String code, String message, boolean mayBeWritten) {
        int updated = jdbc.sql("UPDATE sync_links SET attempts = attempts + 1, state = 'PENDING', last_error_code = :code, "
                + "last_error_message = :message, last_attempt_at = :now" + (mayBeWritten ? "" : ", " + NOT_IN_FLIGHT)
                + " WHERE id = :id AND " + heldBy(key)).param("code", code).param("message", cut(message))
                .param("now", now()).param("id", id).param("key", key).update();
        return updated == 0 ? 0 : jdbc.sql("SELECT attempts FROM sync_links WHERE id = ?").param(id).query(Integer.class).single();
    }

    /**
     * The provider refused the write held under {@code key} (null: none claimed), or retries ran out:
     * flagged until the record changes or a retry. False when the caller's view was stale.
     */
    boolean refused(UUID id, String key, long settled, String code, String message, boolean writeSettled) {
        return jdbc.sql("UPDATE sync_links SET state = 'FAILED', handled_generation = :settled, attempts = 0, "
                + "last_error_code = :code, last_error_message = :message, last_attempt_at = :now"
                + (writeSettled ? ", " + NOT_IN_FLIGHT : "") + " WHERE id = :id AND " + heldBy(key))
                .param("settled", settled).param("code", code).param("message", cut(message)).param("now", now())
                .param("id", id).param("key", key).update() == 1;
    }

    /** Marks a link that still has work as waiting for its connection; a settled one stays as it is. */
    void waiting(UUID id, String reason) {
        jdbc.sql("UPDATE sync_links SET state = 'WAITING', last_error_message = ? WHERE id = ? "
                + "AND (generation > handled_generation OR inflight_key IS NOT NULL)").params(cut(reason), id).update();
    }

    /**
     * Parks a link, not sent, until the link it refers to settles; {@code key} as for {@link #refused}.
     * False when the caller's view was stale.
     */
    boolean awaiting(UUID id, String key, UUID dependency, String reason) {
        return jdbc.sql("UPDATE sync_links SET state = 'WAITING', awaits = :dependency, last_error_message = :reason, "
                + NOT_IN_FLIGHT + " WHERE id = :id AND " + heldBy(key)).param("dependency", dependency)
                .param("reason", cut(reason)).param("id", id).param("key", key).update() == 1;
    }

    /** Puts the links parked on any of {@code settled} back in the queue; returns them. */
    List<UUID> wakeAwaiting(List<UUID> settled) {
        List<UUID> parked = jdbc.sql("SELECT id FROM sync_links WHERE awaits IN (:settled) AND state = 'WAITING'")
                .param("settled", settled).query(UUID.class).list();
        if (!parked.isEmpty()) {
            jdbc.sql("UPDATE sync_links SET state = 'PENDING', awaits = NULL, last_error_message = NULL WHERE id IN (:parked) "
                    + "AND state = 'WAITING'").param("parked", parked).update();
        }
        return parked;
    }

    /** Puts a link back in the queue (retry); returns false when it was not failed or waiting. */
    boolean requeue(UUID id) {
        return jdbc.sql("UPDATE sync_links SET state = 'PENDING', generation = generation + 1, attempts = 0 "
                + "WHERE id = ? AND state IN ('FAILED', 'WAITING')").param(id).update() == 1;
    }

    List<UUID> ids(CompanyId company, Provider provider, LinkState state) {
        return jdbc.sql("SELECT id FROM sync_links WHERE company_id = ? AND provider = ? AND state = ?")
                .params(company.value(), provider.name(), state.name()).query(UUID.class).list();
    }

    List<Link> withState(CompanyId company, Provider provider, LinkState state, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sync_links WHERE company_id = ? AND provider = ? AND state = ? "
                + "ORDER BY last_attempt_at DESC") .params(company.value(), provider.name(), state.name())
                .query(SyncLinks::map).list().stream().limit(limit).toList();
    }

    SyncCounts.Summary summary(CompanyId company, Provider provider) {
        return jdbc.sql("SELECT SUM(CASE WHEN state = 'SYNCED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN state IN ('PENDING', 'WAITING') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END), MAX(last_synced_at) "
                + "FROM sync_links WHERE company_id = ? AND provider = ?").params(company.value(), provider.name())
                .query((rs, n) -> new SyncCounts.Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs, 4)))
                .single();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static String cut(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }

    private static Link map(ResultSet rs, int row) throws SQLException {
        long inflight = rs.getLong("inflight_generation");
        Long inflightGeneration = rs.wasNull() ? null : inflight;
        return new Link(rs.getObject("id", UUID.class), new CompanyId(rs.getObject("company_id", UUID.class)),
                Provider.valueOf(rs.getString("provider")), RecordType.of(rs.getString("entity_type")),
                rs.getObject("local_id", UUID.class), rs.getString("remote_id"), rs.getString("remote_version"),
                rs.getString("pushed_hash"), LinkState.valueOf(rs.getString("state")), rs.getLong("generation"),
                rs.getLong("handled_generation"), rs.getInt("attempts"), inflightGeneration,
                rs.getString("inflight_key"), rs.getString("inflight_hash"), rs.getString("inflight_body"),
                rs.getObject("inflight_item", Integer.class),
                rs.getString("last_error_code"), rs.getString("last_error_message"), instant(rs, "last_attempt_at"),
                instant(rs, "last_synced_at"));
    }
}
