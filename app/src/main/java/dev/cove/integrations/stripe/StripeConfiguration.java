package dev.cove.integrations.stripe;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Settings, the webhook endpoint and the two durable recurring tasks of the Stripe integration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeSettings.class)
class StripeConfiguration {

    /** How many due events one sweep handles. */
    static final int SWEEP_BATCH = 200;

    /** The webhook endpoint, ahead of Spring Security and MVC, for its one path. */
    @Bean
    FilterRegistrationBean<StripeWebhookIntake> stripeWebhookIntake(WebhookSecrets secrets, StripeEvents events,
            EventHandling handling, StripeSettings settings) {
        FilterRegistrationBean<StripeWebhookIntake> registration = new FilterRegistrationBean<>(
                new StripeWebhookIntake(secrets, events, handling, settings));
        registration.addUrlPatterns(StripeWebhookIntake.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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
