package dev.cove.integrations.sync;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * What a provider module may ask of the engine beyond its {@link SyncAdapter}: queue records, start
 * a run, retry failed records of a type, and read where a record stands. Every call is scoped by
 * company; queueing joins the caller's transaction like a domain event would.
 */
@Service
public class SyncRequests {

    private final SyncLinks links;
    private final SyncTasks tasks;
    private final SyncRuns runs;
    private final SyncControls controls;

    SyncRequests(SyncLinks links, SyncTasks tasks, SyncRuns runs, SyncControls controls) {
        this.links = links;
        this.tasks = tasks;
        this.runs = runs;
        this.controls = controls;
    }

    /** Queues each record as if it had changed; returns how many. Idempotent apart from a re-render. */
    @Transactional
    public int queue(CompanyId company, Provider provider, RecordType type, Collection<UUID> localIds) {
        localIds.forEach(id -> tasks.changed(company, provider, type, id));
        return localIds.size();
    }

    /** Wakes the company's waiting writes at once, e.g. when an adapter's hold-back ended. */
    public void release(CompanyId company, Provider provider) {
        controls.wakeWaiting(company, provider);
    }

    /** Starts a run over {@code scope} (shown on the sync page with its progress); returns its id. */
    public UUID startRun(CompanyId company, Provider provider, List<RecordType> scope, String trigger) {
        return runs.start(company, provider, scope, trigger);
    }

    /** Puts the failed records of one type back in the queue; returns how many. */
    @Transactional
    public int retryFailed(CompanyId company, Provider provider, RecordType type) {
        List<UUID> failed = links.withState(company, provider, LinkState.FAILED, Integer.MAX_VALUE).stream()
                .filter(l -> l.type() == type).map(Link::id).toList();
        failed.forEach(link -> controls.retry(provider, link));
        return failed.size();
    }

    /** Where one record stands with the provider; empty when it was never queued. */
    public Optional<SyncStatus> status(CompanyId company, Provider provider, RecordType type, UUID localId) {
        return links.find(company, provider, type, localId).map(SyncRequests::status);
    }

    /** The records of the company the provider refused or gave up on, most recent first. */
    public List<SyncStatus> failed(CompanyId company, Provider provider, int limit) {
        return links.withState(company, provider, LinkState.FAILED, limit).stream().map(SyncRequests::status).toList();
    }

    private static SyncStatus status(Link link) {
        return new SyncStatus(link.type(), link.localId(), link.state().name(), link.remoteId(), link.lastErrorCode(),
                link.lastErrorMessage(), link.lastSyncedAt());
    }
}
