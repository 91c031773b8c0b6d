package dev.cove.integrations.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.cove.integrations.AccessToken;
import dev.cove.shared.CompanyId;

/**
 * One write for an adapter to send.
 *
 * @param company        the Cove company
 * @param type           the record type
 * @param localId        the Cove record's id
 * @param link           the provider's copy as last known; {@code link.exists()} false means create
 * @param body           the rendered record, identical on every retry of this write
 * @param idempotencyKey stable across retries and restarts of this write (at most 36 characters);
 *                       send it as QuickBooks {@code requestid}, Stripe/Xero {@code Idempotency-Key}
 * @param token          a valid access token from the token vault
 * @param remoteIds      the provider ids of other records, for references (an invoice's customer)
 * @param rendered       the {@link Outbound#form() form} {@code body} was just written from, when the write is
 *                       prepared in the task that rendered it; null otherwise (read {@code body} then)
 */
public record PushRequest(CompanyId company, RecordType type, UUID localId, RemoteLink link, String body,
        String idempotencyKey, AccessToken token, RemoteIds remoteIds, Object rendered) {

    public PushRequest(CompanyId company, RecordType type, UUID localId, RemoteLink link, String body,
            String idempotencyKey, AccessToken token, RemoteIds remoteIds) {
        this(company, type, localId, link, body, idempotencyKey, token, remoteIds, null);
    }

    /** Looks up the provider id of another record of the same company and provider. */
    @FunctionalInterface
    public interface RemoteIds {
        /** The remote id, or null when that record has not been pushed yet. */
        String of(RecordType type, UUID localId);

        /** The remote ids of several records of one type; those not pushed yet are absent. */
        default Map<UUID, String> of(RecordType type, Collection<UUID> localIds) {
            Map<UUID, String> ids = new HashMap<>();
            for (UUID localId : localIds) {
                String remote = of(type, localId);
                if (remote != null) {
                    ids.put(localId, remote);
                }
            }
            return ids;
        }
    }
}
