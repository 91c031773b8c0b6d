package dev.cove;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Deletes event publications completed longer than {@link EventRetention#keepCompleted()} ago, so the
 * registry holds what is in flight and recent history instead of every event Cove ever published.
 */
@Configuration(proxyBeanMethods = false)
class CompletedEventsPurge {

    static final String TASK = "event-publications-purge";

    @Bean
    Task<Void> completedEventsPurgeTask(EventRetention retention, CompletedEventPublications completed) {
        return Tasks.recurring(TASK, FixedDelay.of(retention.purgeEvery()))
                .execute((instance, context) -> completed.deletePublicationsOlderThan(retention.keepCompleted()));
    }
}
