package dev.cove.integrations.sync;

/**
 * What Cove knows about the provider's copy of a record. Every field is null before the first
 * successful push.
 *
 * @param remoteId      the provider's id (QuickBooks {@code Id}, Stripe {@code cus_...})
 * @param remoteVersion the provider's concurrency token (QuickBooks {@code SyncToken}, an ETag)
 * @param pushedHash    SHA-256 of the body last pushed successfully
 */
public record RemoteLink(String remoteId, String remoteVersion, String pushedHash) {

    public boolean exists() {
        return remoteId != null;
    }
}
