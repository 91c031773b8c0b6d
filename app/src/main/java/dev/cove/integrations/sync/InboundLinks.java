package dev.cove.integrations.sync;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * The link table as seen from the provider's side: for records that already exist at the provider (a
 * match accepted in a pre-sync preview) or that changed there (webhooks, change data capture). Every
 * method joins the caller's transaction.
 */
@Component
public class InboundLinks {

    /**
     * A link as inbound processing needs it.
     *
     * @param remoteVersion the provider version Cove last wrote or applied; may be null
     * @param localChangePending Cove has a change the provider has not got yet: a write in flight, or a
     *                           queued change whose rendering differs from what was last pushed or applied
     */
    public record Snapshot(UUID localId, String remoteId, String remoteVersion, boolean localChangePending) {
    }

    private final JdbcClient jdbc;
    private final SyncLinks links;
    private final SyncAdapters adapters;

    InboundLinks(JdbcClient jdbc, SyncLinks links, SyncAdapters adapters) {
        this.jdbc = jdbc;
        this.links = links;
        this.adapters = adapters;
    }

    /** The Cove record linked to a provider record, if any. */
    public Optional<Snapshot> byRemoteId(CompanyId company, Provider provider, RecordType type, String remoteId) {
        return jdbc.sql("SELECT local_id FROM sync_links WHERE company_id = ? AND provider = ? AND entity_type = ? "
                + "AND remote_id = ?").params(company.value(), provider.name(), type.label(), remoteId)
                .query(UUID.class).optional().flatMap(local -> byLocalId(company, provider, type, local));
    }

    public Optional<Snapshot> byLocalId(CompanyId company, Provider provider, RecordType type, UUID localId) {
        return links.find(company, provider, type, localId).map(l -> new Snapshot(l.localId(), l.remoteId(),
                l.remoteVersion(), l.inFlight() || l.behind() && !Objects.equals(renderedHash(company, provider, type,
                        localId), l.pushedHash())));
    }

    /**
     * Links a Cove record to an existing provider record (a preview match), so that the next push
     * updates it instead of creating another. Nothing was pushed yet, so the first push sends Cove's
     * version as an update under {@code remoteVersion}.
     */
    public void linkExisting(CompanyId company, Provider provider, RecordType type, UUID localId, String remoteId,
            String remoteVersion) {
        links.ensureSynced(company, provider, type, localId);
        jdbc.sql("UPDATE sync_links SET remote_id = ?, remote_version = ?, pushed_hash = NULL WHERE company_id = ? "
                + "AND provider = ? AND entity_type = ? AND local_id = ?").params(remoteId, remoteVersion,
                        company.value(), provider.name(), type.label(), localId).update();
    }

    /**
     * Records that Cove now holds the provider's version {@code remoteVersion} of the record: remote id and
     * version are stored and the hash of what Cove would push now becomes the pushed hash, so the push task
     * the local update caused finds the record unchanged and does not echo it back. Call it after the
     * local update, in the same transaction.
     */
    public void applied(CompanyId company, Provider provider, RecordType type, UUID localId, String remoteId,
            String remoteVersion) {
        links.ensureSynced(company, provider, type, localId);
        String hash = renderedHash(company, provider, type, localId);
        jdbc.sql("UPDATE sync_links SET remote_id = ?, remote_version = ?, pushed_hash = ?, last_synced_at = ? "
                + "WHERE company_id = ? AND provider = ? AND entity_type = ? AND local_id = ?")
                .params(remoteId, remoteVersion, hash, SyncLinks.now(), company.value(), provider.name(), type.label(),
                        localId).update();
    }

    /** The hash of what Cove would push now; null when it cannot be rendered (the push task reports why). */
    private String renderedHash(CompanyId company, Provider provider, RecordType type, UUID localId) {
        try {
            return adapters.of(provider).flatMap(a -> a.render(company, type, localId))
                    .map(o -> SyncWorker.sha256(o.body())).orElse(null);
        } catch (RuntimeException unrenderable) {
            return null;
        }
    }
}
