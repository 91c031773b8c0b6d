package dev.cove.integrations.stripe;

import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Handles stored events: right after intake on a small pool, and again from the durable sweep
 * ({@code stripe-events} task) for any that failed or never ran (a crash, a full pool). Every handler
 * re-reads the object from Stripe and is idempotent, so running an event twice is harmless.
 */
@Service
class EventHandling {

    private static final Logger log = LoggerFactory.getLogger(EventHandling.class);

    /** Events waiting for the pool; beyond that the sweep takes them. */
    private static final int INTAKE_QUEUE = 10_000;

    /** The event types Cove acts on; others are stored (and deduplicated) as handled at once. */
    static final Set<String> HANDLED = Set.of("account.updated", "account.application.deauthorized",
            "checkout.session.completed", "checkout.session.async_payment_succeeded", "setup_intent.succeeded",
            "payment_intent.succeeded",
            "charge.succeeded", "charge.refunded", "charge.refund.updated", "refund.created", "refund.updated");

    private final StripeEvents events;
    private final Onboarding onboarding;
    private final PaymentSync payments;
    private final CardSetups setups;
    private final StripeClients stripe;
    private final StripeSettings settings;
    /**
     * Its own pool, not an {@code Executor} bean: one of those would replace Spring Boot's task executor,
     * and every {@code @Async} listener of the application would run here.
     */
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    EventHandling(StripeEvents events, Onboarding onboarding, PaymentSync payments, CardSetups setups,
            StripeClients stripe, StripeSettings settings) {
        this.events = events;
        this.onboarding = onboarding;
        this.payments = payments;
        this.setups = setups;
        this.stripe = stripe;
        this.settings = settings;
        pool.setThreadNamePrefix("stripe-event-");
        pool.setCorePoolSize(settings.intakeThreads());
        pool.setMaxPoolSize(settings.intakeThreads());
        pool.setQueueCapacity(INTAKE_QUEUE);
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }

    /** Queues the event for handling now; if the pool is full, the sweep takes it. */
    void soon(String eventId) {
        try {
            pool.execute(() -> handle(eventId));
        }
        catch (RejectedExecutionException full) {
            log.debug("Event {} left to the sweep", eventId);
        }
    }

    /** Handles the events that are due; returns how many were handled. */
    int sweep(int batch) {
        int handled = 0;
        for (StripeEvents.Received event : events.due(batch)) {
            handled += handle(event) ? 1 : 0;
        }
        return handled;
    }

    void handle(String eventId) {
        events.pending(eventId).ifPresent(this::handle);
    }

    private boolean handle(StripeEvents.Received event) {
        try {
            dispatch(event);
            events.done(event.id());
            return true;
        }
        catch (StripeException | RuntimeException failed) {
            log.warn("Stripe event {} ({}) failed, will retry: {}", event.id(), event.type(), failed.getMessage());
            events.failed(event.id(), failed.getMessage(), settings.retryDelay(), settings.maxRetryDelay());
            return false;
        }
    }

    private void dispatch(StripeEvents.Received event) throws StripeException {
        String account = event.accountId();
        switch (event.type()) {
            case "account.updated" -> onboarding.updated(event.objectId(), event.livemode());
            case "account.application.deauthorized" -> onboarding.deauthorized(account);
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> checkoutCompleted(event);
            case "setup_intent.succeeded" -> setups.succeeded(account, event.livemode(), event.objectId());
            case "payment_intent.succeeded", "charge.succeeded", "charge.refunded", "charge.refund.updated",
                 "refund.created", "refund.updated" -> payments.sync(account, event.livemode(), event.intentId());
            default -> log.debug("Stripe event {} of type {} needs nothing from Cove", event.id(), event.type());
        }
    }

    /** A payment session syncs its PaymentIntent; a setup-mode session saves its card. Both re-read first. */
    private void checkoutCompleted(StripeEvents.Received event) throws StripeException {
        String account = event.accountId();
        if (event.intentId() != null) {
            payments.sync(account, event.livemode(), event.intentId());
            return;
        }
        if (account == null || event.objectId() == null) {
            return;
        }
        Session session = stripe.platform(event.livemode()).v1().checkout().sessions().retrieve(event.objectId(),
                StripeClients.on(account));
        if (session.getSetupIntent() != null) {
            setups.succeeded(account, event.livemode(), session.getSetupIntent());
        }
        else {
            payments.sync(account, event.livemode(), session.getPaymentIntent());
        }
    }
}
