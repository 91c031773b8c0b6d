package dev.cove.integrations.sync;

/**
 * A record as the provider should see it, rendered by the adapter from Cove's data: the request body
 * without the remote id and version (those come from the {@link RemoteLink} at push time). The engine
 * hashes {@code body} to skip unchanged records and stores it while a write is in flight, so that a
 * retry sends exactly the same bytes under the same idempotency key. Rendering must be deterministic.
 */
public record Outbound(String body) {
}
