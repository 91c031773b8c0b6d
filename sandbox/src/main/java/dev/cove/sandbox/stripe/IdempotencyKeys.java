package dev.cove.sandbox.stripe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stripe's idempotency keys per account: the first response is stored with the request's parameters and
 * replayed for the same key and parameters until the key expires; other parameters are an
 * {@code idempotency_error}; a retry while the first request still runs is a 409.
 */
final class IdempotencyKeys {

    /** One key's state; {@code body} is null while the first request is running. */
    record Entry(String fingerprint, Integer status, String body, long expiresAtMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Claims the key for a new request, or returns the entry that already holds it. */
    Entry claim(String scopedKey, String fingerprint, long lifetimeMillis) {
        long now = System.currentTimeMillis();
        Entry fresh = new Entry(fingerprint, null, null, now + lifetimeMillis);
        Entry holder = entries.compute(scopedKey, (k, old) -> old == null || old.expiresAtMillis() <= now ? fresh : old);
        return holder == fresh ? null : holder;
    }

    /** Keeps the first response of a claimed key until the key expires. */
    void store(String scopedKey, int status, String body) {
        entries.computeIfPresent(scopedKey, (k, claimed) -> new Entry(claimed.fingerprint(), status, body,
                claimed.expiresAtMillis()));
    }

    void release(String scopedKey) {
        entries.remove(scopedKey);
    }

    void reset() {
        entries.clear();
    }
}
