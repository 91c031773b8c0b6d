package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import dev.cove.shared.CompanyId;

/**
 * The durable work of inbound processing, as db-scheduler tasks: a stored webhook notification, a
 * company's catch-up, the recurring catch-up of every connection, and reading the pre-sync preview.
 * Each one-time task is keyed by what it works on, so scheduling it twice runs it once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboundSettings.class)
class InboundTasks {

    static final String NOTIFICATION = "quickbooks-webhook";
    static final String CATCH_UP = "quickbooks-catch-up";
    static final String DAILY = "quickbooks-daily-catch-up";
    static final String PREVIEW = "quickbooks-preview";

    private final ObjectProvider<SchedulerClient> scheduler;

    InboundTasks(ObjectProvider<SchedulerClient> scheduler) {
        this.scheduler = scheduler;
    }

    @Bean
    Task<Void> quickBooksNotificationTask(ObjectProvider<NotificationProcessing> processing, InboundSettings settings) {
        return Tasks.oneTime(NOTIFICATION)
                .onFailure((complete, operations) -> operations.reschedule(complete,
                        Instant.now().plus(settings.deferredRetry())))
                .execute((instance, context) -> processing.getObject().process(UUID.fromString(instance.getId())));
    }

    @Bean
    Task<Void> quickBooksCatchUpTask(ObjectProvider<CatchUp> catchUp, InboundSettings settings) {
        return Tasks.oneTime(CATCH_UP)
                .onFailure((complete, operations) -> operations.reschedule(complete,
                        Instant.now().plus(settings.deferredRetry())))
                .execute((instance, context) -> catchUp.getObject().run(new CompanyId(UUID.fromString(instance.getId()))));
    }

    @Bean
    Task<Void> quickBooksDailyCatchUpTask(ObjectProvider<CatchUp> catchUp, InboundSettings settings) {
        return Tasks.recurring(DAILY, FixedDelay.of(settings.catchUpEvery()))
                .execute((instance, context) -> catchUp.getObject().scheduleForEveryConnection());
    }

    @Bean
    Task<Void> quickBooksPreviewTask(ObjectProvider<PreviewReading> reading, InboundSettings settings) {
        return Tasks.oneTime(PREVIEW)
                .onFailure((complete, operations) -> operations.reschedule(complete,
                        Instant.now().plus(settings.deferredRetry())))
                .execute((instance, context) -> reading.getObject().read(new CompanyId(UUID.fromString(instance.getId()))));
    }

    void notification(UUID id) {
        schedule(NOTIFICATION, id.toString(), Instant.now());
    }

    void catchUp(CompanyId company) {
        schedule(CATCH_UP, company.value().toString(), Instant.now());
    }

    void preview(CompanyId company) {
        schedule(PREVIEW, company.value().toString(), Instant.now());
    }

    /** Joins the caller's transaction (the starter's DataSource is transaction-aware). */
    private void schedule(String task, String id, Instant at) {
        scheduler.getObject().scheduleIfNotExists(new TaskInstance<Void>(task, id), at);
    }
}
