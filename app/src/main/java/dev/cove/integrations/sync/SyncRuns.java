package dev.cove.integrations.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * Sync runs: a manual "Sync now" or a scheduled catch-up over some record types of one connection. A
 * run is expanded into push tasks by its own durable task and ends when every record in it settled;
 * it succeeds only if none failed. Records that wait for a reconnect keep the run open: it is never
 * reported as a success before it finished.
 */
@Component
class SyncRuns {

    enum State { RUNNING, SUCCEEDED, FAILED }

    enum ItemOutcome { DONE, FAILED }

    record Run(UUID id, CompanyId company, Provider provider, List<RecordType> scope, String trigger, State state,
            Integer total, int done, int failed, Instant startedAt, Instant finishedAt) {

        public int settled() {
            return done + failed;
        }

        /** Records settled per second so far; 0 before the first. */
        public double rate() {
            double seconds = Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt).toMillis() / 1000.0;
            return seconds <= 0 ? 0 : settled() / seconds;
        }

        /** Estimated time left, or null while unknown. */
        public Duration timeLeft() {
            if (state != State.RUNNING) {
                return Duration.ZERO;
            }
            double rate = rate();
            return total == null || rate <= 0 ? null : Duration.ofMillis((long) ((total - settled()) / rate * 1000));
        }
    }

    record Failure(RecordType type, UUID localId, String code, String message) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SyncTasks tasks;
    private final RunExpansion expansion;
    private final SyncAdapters adapters;
    private final ApplicationEventPublisher events;
    private final SyncSettings settings;
    private final TransactionTemplate tx;
    private final PlannerStatistics statistics;

    SyncRuns(JdbcClient jdbc, JdbcTemplate template, SyncTasks tasks, RunExpansion expansion, SyncAdapters adapters,
            ApplicationEventPublisher events, SyncSettings settings, TransactionTemplate tx, PlannerStatistics statistics) {
        this.tx = tx;
        this.statistics = statistics;
        this.template = template;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.expansion = expansion;
        this.adapters = adapters;
        this.events = events;
    }

    /** Creates the run and its expansion task in one transaction; the work happens on the workers. */
    @Transactional
    UUID start(CompanyId company, Provider provider, List<RecordType> scope, String trigger) {
        SyncAdapter adapter = adapters.require(provider);
        List<RecordType> ordered = adapter.types().stream().map(SyncedType::type)
                .filter(t -> scope.contains(t) && adapter.pushes(t)).toList();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO sync_runs (id, company_id, provider, scope, trigger_kind, state, started_at) "
                + "VALUES (?, ?, ?, ?, ?, 'RUNNING', ?)").params(id, company.value(), provider.name(),
                        ordered.stream().map(RecordType::label).collect(Collectors.joining(",")), trigger, SyncLinks.now())
                .update();
        tasks.startRun(provider, id);
        return id;
    }

    /** Starts a scheduled run for every usable connection of the provider that has none running. */
    @Transactional
    void startScheduled(Provider provider, List<CompanyId> companies) {
        for (CompanyId company : companies) {
            boolean running = jdbc.sql("SELECT COUNT(*) FROM sync_runs WHERE company_id = ? AND provider = ? AND state = 'RUNNING'")
                    .params(company.value(), provider.name()).query(Long.class).single() > 0;
            if (!running) {
                start(company, provider, settings.scheduledScope(), "SCHEDULED");
            }
        }
    }

    /**
     * The run's task: a push task per record in scope, created {@code expand-chunk} records per
     * transaction with their run items ({@link RunExpansion}), so the first pushes start while the rest
     * is expanded. The total is set at the end.
     */
    void expand(UUID runId) {
        Run run = jdbc.sql("SELECT * FROM sync_runs WHERE id = ?").param(runId).query(this::map).optional().orElse(null);
        if (run == null || run.total() != null) {
            return;
        }
        SyncAdapter adapter = adapters.require(run.provider());
        int total = 0;
        for (RecordType type : run.scope()) {
            List<UUID> ids = adapter.localIds(run.company(), type);
            for (int from = 0; from < ids.size(); from += settings.expandChunk()) {
                expansion.add(run.id(), new SyncLinks.Records(run.company(), run.provider(), type,
                        ids.subList(from, Math.min(ids.size(), from + settings.expandChunk()))));
                if (from == 0 && ids.size() >= settings.expandChunk()) {
                    // So that this type's pushes are not planned on the statistics of a nearly empty table.
                    statistics.linksGrew();
                }
            }
            total += ids.size();
        }
        int counted = total;
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE sync_runs SET total = ? WHERE id = ?").params(counted, runId).update();
            finishIfDone(runId);
        });
    }

    /** A link settled up to a generation, for the runs waiting for it. */
    record Settled(UUID link, long generation, ItemOutcome outcome) {
    }

    /** A link settled up to {@code generation}: the runs waiting for it count it. Joins the caller's transaction. */
    void settled(UUID link, long generation, ItemOutcome outcome) {
        settled(List.of(new Settled(link, generation, outcome)));
    }

    /** Many settlements at once, in a few round trips. Joins the caller's transaction. */
    void settled(List<Settled> settled) {
        Map<UUID, Settled> byLink = new HashMap<>();
        settled.forEach(s -> byLink.put(s.link(), s));
        record Waiting(UUID run, long generation, Settled item) {
        }
        // A run that waits for a later generation than the one settled keeps waiting.
        List<Waiting> counted = jdbc.sql("SELECT run_id, link_id, generation FROM sync_run_items WHERE link_id IN (:links) "
                + "AND outcome IS NULL").param("links", byLink.keySet())
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getLong(3), byLink.get(rs.getObject(2, UUID.class))))
                .list().stream().filter(w -> w.generation() <= w.item().generation()).toList();
        if (counted.isEmpty()) {
            return;
        }
        template.batchUpdate("UPDATE sync_run_items SET outcome = ? WHERE run_id = ? AND link_id = ? AND outcome IS NULL",
                counted.stream().map(w -> new Object[] { w.item().outcome().name(), w.run(), w.item().link() }).toList());
        Map<UUID, int[]> perRun = new TreeMap<>();
        counted.forEach(w -> perRun.computeIfAbsent(w.run(), r -> new int[2])[w.item().outcome() == ItemOutcome.DONE ? 0 : 1]++);
        perRun.forEach((run, counts) -> {
            jdbc.sql("UPDATE sync_runs SET done = done + ?, failed = failed + ? WHERE id = ?").params(counts[0], counts[1], run)
                    .update();
            finishIfDone(run);
        });
    }

    /** Holding the run's row lock, so that two workers settling the last two records cannot both miss the end. */
    private void finishIfDone(UUID runId) {
        Run run = jdbc.sql("SELECT * FROM sync_runs WHERE id = ? FOR UPDATE").param(runId).query(this::map).single();
        if (run.state() != State.RUNNING || run.total() == null || run.settled() < run.total()) {
            return;
        }
        State end = run.failed() > 0 ? State.FAILED : State.SUCCEEDED;
        jdbc.sql("UPDATE sync_runs SET state = ?, finished_at = ? WHERE id = ?").params(end.name(), SyncLinks.now(), runId)
                .update();
        events.publishEvent(new SyncRunFinished(run.company(), run.provider(), runId, end == State.SUCCEEDED,
                run.total(), run.failed()));
    }

    Optional<Run> find(CompanyId company, UUID id) {
        return jdbc.sql("SELECT * FROM sync_runs WHERE id = ? AND company_id = ?").params(id, company.value())
                .query(this::map).optional();
    }

    List<Run> recent(CompanyId company, Provider provider, int limit) {
        return jdbc.sql("SELECT * FROM sync_runs WHERE company_id = ? AND provider = ? ORDER BY started_at DESC")
                .params(company.value(), provider.name()).query(this::map).list().stream().limit(limit).toList();
    }

    List<Failure> failures(UUID runId) {
        return jdbc.sql("SELECT l.entity_type, l.local_id, l.last_error_code, l.last_error_message FROM sync_run_items i "
                + "JOIN sync_links l ON l.id = i.link_id WHERE i.run_id = ? AND i.outcome = 'FAILED' ORDER BY l.entity_type")
                .param(runId).query((rs, n) -> new Failure(RecordType.of(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4))).list();
    }

    private Run map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        int total = rs.getInt("total");
        Integer totalOrNull = rs.wasNull() ? null : total;
        String scope = rs.getString("scope");
        List<RecordType> types = scope.isEmpty() ? List.of() : Arrays.stream(scope.split(",")).map(RecordType::of).toList();
        int done = rs.getInt("done");
        int failed = rs.getInt("failed");
        return new Run(id, new CompanyId(rs.getObject("company_id", UUID.class)), Provider.valueOf(rs.getString("provider")),
                types, rs.getString("trigger_kind"), State.valueOf(rs.getString("state")), totalOrNull, done, failed,
                SyncLinks.instant(rs, "started_at"), SyncLinks.instant(rs, "finished_at"));
    }
}
