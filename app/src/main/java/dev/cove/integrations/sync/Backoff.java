package dev.cove.integrations.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/** The wait before retrying a transient failure: exponential, jittered, never shorter than Retry-After. */
@Component
class Backoff {

    private final SyncSettings settings;

    Backoff(SyncSettings settings) {
        this.settings = settings;
    }

    /** The real delay before attempt {@code failures + 1}, after {@code failures} transient failures in a row. */
    Duration after(int failures, Duration retryAfter) {
        SyncSettings.Retry retry = settings.retry();
        double base = retry.initialDelay().toMillis() * Math.pow(retry.multiplier(), Math.max(0, failures - 1));
        double capped = Math.min(base, retry.maxDelay().toMillis());
        double spread = 1 + retry.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        Duration delay = settings.scaled(Duration.ofMillis((long) (capped * spread)));
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }

    boolean exhausted(int failures) {
        return failures >= settings.retry().maxAttempts();
    }
}
