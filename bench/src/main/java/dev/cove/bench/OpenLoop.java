package dev.cove.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts operations on a fixed schedule whether or not earlier ones finished (no coordinated
 * omission); each one's latency counts from when it was due, and a thrown exception counts as an error.
 */
final class OpenLoop {

    /** One operation, given the {@link System#nanoTime()} it was due at; throws when it failed. */
    @FunctionalInterface
    interface Operation {
        void run(long due) throws Exception;
    }

    private OpenLoop() {
    }

    static void run(int rate, int seconds, Operation operation, Latencies latencies, AtomicInteger errors)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            workers.submit(() -> {
                try {
                    operation.run(due);
                    latencies.add((System.nanoTime() - due) / 1000);
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
    }
}
