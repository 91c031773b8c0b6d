package dev.cove.integrations.sync;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import dev.cove.IntegrationTest;

/**
 * A full-stack test of the sync engine against the generic test provider. Time runs 60 times faster
 * for the engine and the sandbox alike: the provider allows 50 requests per minute (one real second),
 * Cove spends 80% of it. Every such test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import({SyncTestConfiguration.class, SyncDriver.class})
@TestPropertySource(properties = {
    "cove.sync.time-scale=60",
    // A day: a waiting task is only ever moved by what wakes it (a reconnect, a resume, a settlement).
    "cove.sync.blocked-recheck=PT24H",
    // Runs expand two records per transaction, so every run here spans several.
    "cove.sync.expand-chunk=2",
    "cove.sync.limits.client-portal.requests-per-minute=50",
    "cove.sync.limits.client-portal.utilisation=0.8",
    "cove.sync.limits.client-portal.burst=2",
    "cove.sync.limits.client-portal.max-concurrent=4",
    "test-provider.requests-per-minute=50",
    "test-provider.max-concurrent=4",
    "db-scheduler.polling-interval=100ms",
    "db-scheduler.immediate-execution-enabled=true",
    "db-scheduler.heartbeat-interval=500ms",
    "db-scheduler.missed-heartbeats-limit=4",
    "db-scheduler.shutdown-max-wait=200ms"
})
@interface SyncEngineTest {
}
