package dev.cove.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import dev.cove.shared.CompanyId;

/**
 * The durable delivery tasks of queued mail: one db-scheduler execution of {@value #TASK} per mail,
 * its id {@code <company id>:<mail id>}. Scheduling joins the caller's transaction (the starter wraps
 * the DataSource in a TransactionAwareDataSourceProxy); once that commits, the scheduler is told to
 * look for due work at once instead of at its next poll, so delivery follows within milliseconds.
 */
@Component
class MailDeliveries {

    static final String TASK = "mail-delivery";

    private final ObjectProvider<Scheduler> scheduler;

    MailDeliveries(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    void schedule(CompanyId company, UUID mail) {
        Scheduler client = scheduler.getObject();
        // A new mail's task cannot exist yet: a plain insert, without the existence check schedule() makes first.
        client.scheduleBatch(List.of(new TaskInstance<Void>(TASK, company.value() + ":" + mail)), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    client.triggerCheckForDueExecutions();
                }
            });
        } else {
            client.triggerCheckForDueExecutions();
        }
    }

    /** The company and mail of a delivery task's id. */
    record Target(CompanyId company, UUID mail) {

        static Target of(String taskInstanceId) {
            int colon = taskInstanceId.indexOf(':');
            return new Target(new CompanyId(UUID.fromString(taskInstanceId.substring(0, colon))),
                    UUID.fromString(taskInstanceId.substring(colon + 1)));
        }
    }
}
