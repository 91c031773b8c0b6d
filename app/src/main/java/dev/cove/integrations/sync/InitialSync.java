package dev.cove.integrations.sync;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/** Starts the first full sync of a connection, as "Sync now" with scope All would. */
@Component
public class InitialSync {

    private final SyncRuns runs;
    private final SyncAdapters adapters;

    InitialSync(SyncRuns runs, SyncAdapters adapters) {
        this.runs = runs;
        this.adapters = adapters;
    }

    /** The run's id, or empty when no adapter pushes to this provider on this node. */
    public Optional<UUID> start(CompanyId company, Provider provider) {
        if (adapters.of(provider).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(runs.start(company, provider, Arrays.asList(RecordType.values()), "INITIAL"));
    }
}
