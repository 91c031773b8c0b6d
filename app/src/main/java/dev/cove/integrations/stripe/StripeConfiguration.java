package dev.cove.integrations.stripe;

import java.util.concurrent.Executor;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Settings, the intake pool and the two durable recurring tasks of the Stripe integration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeSettings.class)
class StripeConfiguration {

    /** How many due events one sweep handles. */
    static final int SWEEP_BATCH = 200;

    @Bean
    Executor stripeEventPool(StripeSettings settings) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("stripe-event-");
        pool.setCorePoolSize(settings.intakeThreads());
        pool.setMaxPoolSize(settings.intakeThreads());
        pool.setQueueCapacity(10_000);
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
        return pool;
    }

    /** Events that failed or were never handled right after intake. */
    @Bean
    Task<Void> stripeEventSweep(StripeSettings settings, EventHandling handling) {
        return Tasks.recurring("stripe-events", FixedDelay.of(settings.sweepInterval()))
                .execute((instance, context) -> handling.sweep(SWEEP_BATCH));
    }

    /** Recent payments and refunds in Stripe that Cove has not recorded (lost webhooks). */
    @Bean
    Task<Void> stripeReconciliation(StripeSettings settings, Reconciliation reconciliation) {
        return Tasks.recurring("stripe-reconcile", FixedDelay.of(settings.reconcileInterval()))
                .execute((instance, context) -> reconciliation.run());
    }
}
