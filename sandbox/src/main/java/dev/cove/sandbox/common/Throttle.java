package dev.cove.sandbox.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Rate limits of one provider sandbox: sliding windows counted in provider time (so the
 * {@link TimeScale} shrinks them) and concurrent-request caps, each keyed by the caller's choice
 * (usually a company id plus the name of the limit).
 */
public final class Throttle {

    /** A held concurrency slot; close it when the request is done. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final TimeScale timeScale;
    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();

    public Throttle(TimeScale timeScale) {
        this.timeScale = timeScale;
    }

    /** Counts one request and says whether it fits in {@code limit} per provider {@code window}. */
    public boolean admit(String key, int limit, Duration window) {
        long now = System.nanoTime();
        long span = timeScale.real(window).toNanos();
        Deque<Long> times = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= span) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** A concurrency slot, or null when {@code max} requests under this key are already running. */
    public Slot enter(String key, int max) {
        Semaphore semaphore = slots.computeIfAbsent(key, k -> new Semaphore(max));
        if (!semaphore.tryAcquire()) {
            return null;
        }
        return semaphore::release;
    }

    public void reset() {
        windows.clear();
    }
}
