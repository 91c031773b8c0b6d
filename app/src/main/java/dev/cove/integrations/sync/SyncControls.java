package dev.cove.integrations.sync;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/** What a person can do to a connection's sync: pause, resume, retry failed records. */
@Component
class SyncControls {

    private final SyncLinks links;
    private final SyncTasks tasks;
    private final ConnectionGate gate;

    SyncControls(SyncLinks links, SyncTasks tasks, ConnectionGate gate) {
        this.links = links;
        this.tasks = tasks;
        this.gate = gate;
    }

    void pause(CompanyId company, Provider provider) {
        gate.paused(company, provider, true);
    }

    @Transactional
    void resume(CompanyId company, Provider provider) {
        gate.paused(company, provider, false);
        wakeWaiting(company, provider);
    }

    void wakeWaiting(CompanyId company, Provider provider) {
        links.ids(company, provider, LinkState.WAITING).forEach(link -> tasks.wake(provider, link));
    }

    /** Puts every failed record of the connection back in the queue; returns how many. */
    @Transactional
    int retryFailed(CompanyId company, Provider provider) {
        List<UUID> failed = links.ids(company, provider, LinkState.FAILED);
        failed.forEach(link -> retry(provider, link));
        return failed.size();
    }

    @Transactional
    boolean retry(Provider provider, UUID link) {
        if (links.requeue(link)) {
            tasks.ensureTask(provider, link);
            return true;
        }
        return false;
    }
}
