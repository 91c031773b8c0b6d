package dev.cove.integrations.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final SyncSettings settings = new SyncSettings(1, new SyncSettings.Retry(Duration.ofSeconds(5), 2,
            Duration.ofMinutes(1), 0.2, 4), Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofHours(1), List.of(),
            Duration.ofSeconds(2), 1000, Map.of());
    private final Backoff backoff = new Backoff(settings);

    @Test
    void delaysDoubleWithinTheJitterAndStopAtTheCap() {
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.after(1, null)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(6));
            assertThat(backoff.after(3, null)).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(24));
            assertThat(backoff.after(20, null)).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(72));
        }
    }

    @Test
    void aLongerRetryAfterWins() {
        assertThat(backoff.after(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theTimeScaleShortensTheSchedule() {
        SyncSettings fast = new SyncSettings(60, settings.retry(), Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofHours(1), List.of(), Duration.ofSeconds(2), 1000, Map.of());
        assertThat(new Backoff(fast).after(1, null)).isBetween(Duration.ofMillis(66), Duration.ofMillis(101));
    }

    @Test
    void retriesRunOutAfterMaxAttempts() {
        assertThat(backoff.exhausted(3)).isFalse();
        assertThat(backoff.exhausted(4)).isTrue();
    }

    @Test
    void theIdempotencyKeyIsStablePerGenerationAndFitsQuickBooks() {
        java.util.UUID link = java.util.UUID.randomUUID();
        assertThat(SyncWorker.key(link, 3)).isEqualTo(SyncWorker.key(link, 3)).isNotEqualTo(SyncWorker.key(link, 4));
        assertThat(SyncWorker.key(link, 3).length()).isLessThanOrEqualTo(36);
    }
}
