package dev.cove.integrations.sync;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * The request budget and the concurrency cap of each connection. On PostgreSQL the budget is a
 * Bucket4j bucket kept in {@code sync_rate_buckets} behind an advisory lock, so every Cove node spends
 * from the same one; H2 has no Bucket4j backend, so there (one node) the bucket lives in memory. The
 * concurrency cap is per node.
 */
@Component
class RateBudget {

    /** A held permit: one request may be sent. Close it when the response is in; closing twice is harmless. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** The bit that makes a connection's bucket id the id of its batch bucket. */
    private static final long BATCH = 0x100L;

    private final SyncSettings settings;
    private final Function<Long, Bucket> buckets;
    private final Map<Long, Semaphore> slots = new ConcurrentHashMap<>();

    RateBudget(SyncSettings settings, DataSource dataSource) {
        this.settings = settings;
        this.buckets = Databases.postgres(dataSource) ? shared(dataSource) : local();
    }

    /** Waits up to {@code cove.sync.permit-wait} for a slot and a request; empty when none came in time. */
    Optional<Permit> acquire(CompanyId company, Provider provider) throws InterruptedException {
        return acquire(company, provider, false);
    }

    /**
     * A permit for one batch request: a batch is free right now (never waited for, so that records go
     * one by one meanwhile; waiting measured slower), then a slot and a request as {@link #acquire}.
     * Empty when the provider takes no batches or none is free.
     */
    Optional<Permit> acquireBatch(CompanyId company, Provider provider) throws InterruptedException {
        return acquire(company, provider, true);
    }

    private Optional<Permit> acquire(CompanyId company, Provider provider, boolean batch) throws InterruptedException {
        SyncSettings.Limits limits = settings.limitsOf(provider.slug());
        long key = key(company, provider);
        if (batch && (limits.batchBudgetPerMinute() < 1 || !buckets.apply(key | BATCH).tryConsume(1))) {
            return Optional.empty();
        }
        Semaphore slot = slots.computeIfAbsent(key, k -> new Semaphore(limits.maxConcurrent()));
        long deadline = System.nanoTime() + settings.permitWait().toNanos();
        if (!slot.tryAcquire(settings.permitWait().toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        boolean granted = false;
        try {
            granted = buckets.apply(key).asBlocking().tryConsume(1, left);
        } finally {
            if (!granted) {
                slot.release();
            }
        }
        if (!granted) {
            return Optional.empty();
        }
        AtomicBoolean held = new AtomicBoolean(true);
        return Optional.of(() -> {
            if (held.getAndSet(false)) {
                slot.release();
            }
        });
    }

    BucketConfiguration configuration(long key) {
        SyncSettings.Limits limits = settings.limitsOf(providerOf(key).slug());
        boolean batch = (key & BATCH) != 0;
        long perMinute = batch ? limits.batchBudgetPerMinute() : limits.budgetPerMinute();
        int burst = Math.max(1, batch ? limits.batchBurst() : limits.burst());
        Bandwidth bandwidth = Bandwidth.builder().capacity(burst)
                .refillGreedy(Math.max(1, perMinute), settings.scaled(Duration.ofMinutes(1))).initialTokens(burst).build();
        return BucketConfiguration.builder().addLimit(bandwidth).build();
    }

    private Function<Long, Bucket> local() {
        Map<Long, Bucket> local = new ConcurrentHashMap<>();
        return key -> local.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(configuration(k).getBandwidths()[0]).build());
    }

    private Function<Long, Bucket> shared(DataSource dataSource) {
        ProxyManager<Long> proxies = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource).table("sync_rate_buckets")
                .idColumn("id").stateColumn("state").build();
        Map<Long, Bucket> proxiesByKey = new ConcurrentHashMap<>();
        return key -> proxiesByKey.computeIfAbsent(key, k -> {
            BucketConfiguration configuration = configuration(k);
            // A changed setting replaces the stored configuration instead of being ignored.
            return proxies.builder().withImplicitConfigurationReplacement(Math.abs(configuration.hashCode()),
                    TokensInheritanceStrategy.RESET).build(k, () -> configuration);
        });
    }

    /** The bucket id: the company's bits folded, the provider in the low byte, {@link #BATCH} clear. */
    static long key(CompanyId company, Provider provider) {
        long folded = company.value().getMostSignificantBits() ^ company.value().getLeastSignificantBits();
        return (folded & ~0x1FFL) | provider.ordinal();
    }

    private static Provider providerOf(long key) {
        return Provider.values()[(int) (key & 0xFF)];
    }
}
