package dev.cove.integrations.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * The durable push tasks: one db-scheduler execution per link (its id is the link id), so a record has
 * at most one pending task per connection; a further change only bumps the link's generation and the
 * running or waiting task picks it up. Scheduling joins the caller's transaction (db-scheduler's
 * Spring starter wraps the DataSource in a TransactionAwareDataSourceProxy), which is what makes the
 * business change and its task commit together.
 */
@Component
class SyncTasks {

    private final SyncLinks links;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final JdbcClient jdbc;

    SyncTasks(SyncLinks links, ObjectProvider<SchedulerClient> scheduler, JdbcClient jdbc) {
        this.links = links;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    static String pushTask(Provider provider) {
        return "sync-push:" + provider.slug();
    }

    static String runTask(Provider provider) {
        return "sync-run:" + provider.slug();
    }

    static String scheduleTask(Provider provider) {
        return "sync-schedule:" + provider.slug();
    }

    /** Records a change and makes sure a task will push it; returns the link id. */
    UUID changed(CompanyId company, Provider provider, RecordType type, UUID localId) {
        UUID link = links.changed(company, provider, type, localId);
        ensureTask(provider, link);
        return link;
    }

    /**
     * {@link #changed} for many records of one type: the links and their tasks in a few statements. Joins
     * the caller's transaction; fails on the primary key if another transaction scheduled one of the
     * tasks meanwhile (the caller then takes the records one by one).
     */
    void changed(SyncLinks.Records records) {
        links.changed(records);
        jdbc.sql("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
                + "SELECT :task, CAST(l.id AS VARCHAR(36)), :now, FALSE, 1 FROM sync_links l WHERE "
                + SyncLinks.Records.where("l.") + " AND NOT EXISTS (SELECT 1 FROM scheduled_tasks s "
                + "WHERE s.task_name = :task AND s.task_instance = CAST(l.id AS VARCHAR(36)))")
                .params(records.params()).param("task", pushTask(records.provider())).param("now", SyncLinks.now()).update();
    }

    /** Schedules the link's task now unless one exists (a running or waiting task sees the new generation). */
    void ensureTask(Provider provider, UUID link) {
        scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(pushTask(provider), link.toString()), Instant.now());
    }

    /** Brings a waiting task forward to now; schedules one if there is none. */
    void wake(Provider provider, UUID link) {
        SchedulerClient client = scheduler.getObject();
        try {
            client.reschedule(TaskInstanceId.of(pushTask(provider), link.toString()), Instant.now());
        } catch (TaskInstanceNotFoundException none) {
            client.scheduleIfNotExists(new TaskInstance<Void>(pushTask(provider), link.toString()), Instant.now());
        } catch (TaskInstanceCurrentlyExecutingException running) {
            // The running attempt re-reads the connection before it decides when to run next.
        }
    }

    /**
     * Puts the links parked on any of {@code settled} back in the queue and brings their tasks forward.
     * A task running meanwhile sees the link woken when it completes.
     */
    void wakeAwaiting(Provider provider, List<UUID> settled) {
        List<UUID> parked = links.wakeAwaiting(settled);
        if (!parked.isEmpty()) {
            jdbc.sql("UPDATE scheduled_tasks SET execution_time = :now WHERE task_name = :task AND picked = FALSE "
                    + "AND task_instance IN (:links)").param("now", SyncLinks.now()).param("task", pushTask(provider))
                    .param("links", parked.stream().map(UUID::toString).toList()).update();
        }
    }

    /**
     * Drops the waiting tasks of links a batch settled for them, so that they do not run only to find
     * nothing to do. A task already picked, or of a link changed again meanwhile, stays. Joins the
     * caller's transaction, which must hold the links' row locks.
     */
    void dropSettled(Provider provider, List<UUID> links) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = :task AND picked = FALSE AND task_instance IN "
                + "(SELECT CAST(id AS VARCHAR(36)) FROM sync_links WHERE id IN (:links) AND generation <= handled_generation "
                + "AND inflight_key IS NULL)").param("task", pushTask(provider)).param("links", links).update();
    }

    void startRun(Provider provider, UUID run) {
        scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(runTask(provider), run.toString()), Instant.now());
    }
}
