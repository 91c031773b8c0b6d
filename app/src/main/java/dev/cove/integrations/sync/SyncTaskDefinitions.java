package dev.cove.integrations.sync;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.cove.integrations.Provider;

/**
 * The db-scheduler tasks of one provider: {@code sync-push:<slug>} (one execution per link),
 * {@code sync-run:<slug>} (expands a run) and the recurring {@code sync-schedule:<slug>}. Task names
 * carry the provider so that a node without that provider's adapter never picks its work.
 */
@Component
class SyncTaskDefinitions {

    private final SyncWorker worker;
    private final SyncRuns runs;
    private final ConnectionGate gate;
    private final SyncSettings settings;

    SyncTaskDefinitions(SyncWorker worker, SyncRuns runs, ConnectionGate gate, SyncSettings settings) {
        this.worker = worker;
        this.runs = runs;
        this.gate = gate;
        this.settings = settings;
    }

    Task<Void> push(Provider provider) {
        return Tasks.custom(SyncTasks.pushTask(provider), Void.class)
                // An exception here is Cove's own trouble (database, interrupted stop): try again soon.
                .onFailure((complete, operations) -> operations.reschedule(complete, Instant.now().plus(retry())))
                .execute((instance, context) -> {
                    UUID link = UUID.fromString(instance.getId());
                    SyncWorker.Next next;
                    try {
                        next = worker.push(link);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Stopped while pushing; the same write is repeated after restart", e);
                    }
                    return (complete, operations) -> worker.complete(link, next, complete, operations);
                });
    }

    Task<Void> run(Provider provider) {
        return Tasks.oneTime(SyncTasks.runTask(provider))
                .onFailure((complete, operations) -> operations.reschedule(complete, Instant.now().plus(retry())))
                .execute((instance, context) -> runs.expand(UUID.fromString(instance.getId())));
    }

    Task<Void> schedule(Provider provider) {
        return Tasks.recurring(SyncTasks.scheduleTask(provider), FixedDelay.of(settings.scaled(settings.scheduledRuns())))
                .execute((instance, context) -> runs.startScheduled(provider,
                        gate.active(provider).stream().map(c -> c.companyId()).toList()));
    }

    private java.time.Duration retry() {
        return settings.scaled(settings.retry().initialDelay());
    }
}
