package dev.cove.integrations.sync;

/**
 * A record as the provider should see it, rendered by the adapter from Cove's data: the request body
 * without the remote id and version (those come from the {@link RemoteLink} at push time). The engine
 * hashes {@code body} to skip unchanged records and stores it while a write is in flight, so that a
 * retry sends exactly the same bytes under the same idempotency key. Rendering must be deterministic.
 * {@code form} is the adapter's own object {@code body} was written from, handed back as {@link
 * PushRequest#rendered()} when the same task prepares the write; it may be null and is never stored.
 */
public record Outbound(String body, Object form) {

    public Outbound(String body) {
        this(body, null);
    }
}
