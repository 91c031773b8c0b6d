package dev.cove.integrations.sync;

import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds a chunk of records of one type to a run, in a transaction of its own: bumps their links (creating
 * those missing), makes sure each has a push task, and adds the run's items at the links' new
 * generations. When another transaction created one of the links or tasks meanwhile, the chunk is
 * done again record by record. Repeating a chunk (after a crash) bumps the records again but adds no
 * second item.
 * <p>
 * On PostgreSQL this is one statement that finds each link once and hands it on to the task and the
 * item (an initial sync expands every record of the company this way, while the first ones are being
 * pushed); elsewhere it is the same work in a few statements that each look the links up again.
 */
@Component
class RunExpansion {

    private static final String AT_ONCE = """
            WITH ids AS (SELECT unnest(?) AS local_id),
            bumped AS (
              UPDATE sync_links l SET generation = l.generation + 1,
                state = CASE WHEN l.state = 'WAITING' THEN 'WAITING' ELSE 'PENDING' END
              FROM ids WHERE l.company_id = ? AND l.provider = ? AND l.entity_type = ? AND l.local_id = ids.local_id
              RETURNING l.id, l.generation),
            created AS (
              INSERT INTO sync_links (id, company_id, provider, entity_type, local_id, state, generation,
                handled_generation, attempts)
              SELECT gen_random_uuid(), ?, ?, ?, ids.local_id, 'PENDING', 1, 0, 0 FROM ids
              WHERE NOT EXISTS (SELECT 1 FROM sync_links l WHERE l.company_id = ? AND l.provider = ?
                AND l.entity_type = ? AND l.local_id = ids.local_id)
              RETURNING id, generation),
            touched AS (SELECT id, generation FROM bumped UNION ALL SELECT id, generation FROM created),
            tasks AS (
              INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
              SELECT ?, CAST(id AS VARCHAR(36)), ?, FALSE, 1 FROM touched ON CONFLICT DO NOTHING)
            INSERT INTO sync_run_items (run_id, link_id, generation) SELECT ?, id, generation FROM touched
            ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SyncTasks tasks;
    private final TransactionTemplate tx;
    private final boolean postgres;

    RunExpansion(JdbcClient jdbc, JdbcTemplate template, SyncTasks tasks, TransactionTemplate tx, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.tasks = tasks;
        this.tx = tx;
        this.postgres = Databases.postgres(dataSource);
    }

    void add(UUID run, SyncLinks.Records records) {
        try {
            tx.executeWithoutResult(s -> {
                if (postgres) {
                    addAtOnce(run, records);
                } else {
                    tasks.changed(records);
                    addItems(run, records);
                }
            });
        } catch (DuplicateKeyException createdMeanwhile) {
            tx.executeWithoutResult(s -> {
                records.localIds().forEach(id -> tasks.changed(records.company(), records.provider(), records.type(), id));
                addItems(run, records);
            });
        }
    }

    private void addItems(UUID run, SyncLinks.Records records) {
        jdbc.sql("INSERT INTO sync_run_items (run_id, link_id, generation) SELECT :run, l.id, l.generation FROM sync_links l "
                + "WHERE " + SyncLinks.Records.where("l.") + " AND NOT EXISTS (SELECT 1 FROM sync_run_items i "
                + "WHERE i.run_id = :run AND i.link_id = l.id)").params(records.params()).param("run", run).update();
    }

    private void addAtOnce(UUID run, SyncLinks.Records records) {
        String provider = records.provider().name();
        String type = records.type().label();
        template.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(AT_ONCE);
            int i = 0;
            statement.setArray(++i, connection.createArrayOf("uuid", records.localIds().toArray()));
            for (int repeat = 0; repeat < 3; repeat++) {
                statement.setObject(++i, records.company().value());
                statement.setString(++i, provider);
                statement.setString(++i, type);
            }
            statement.setString(++i, SyncTasks.pushTask(records.provider()));
            statement.setObject(++i, SyncLinks.now());
            statement.setObject(++i, run);
            return statement;
        });
    }
}
