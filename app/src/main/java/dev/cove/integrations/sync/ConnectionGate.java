package dev.cove.integrations.sync;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Connection;
import dev.cove.integrations.ConnectionStatus;
import dev.cove.integrations.Connections;
import dev.cove.integrations.Provider;
import dev.cove.integrations.TokenVault;
import dev.cove.shared.CompanyId;

/**
 * The engine's view of the hub: whether a connection may be used now, and its tokens. Connections and
 * the token vault are looked up lazily, so an application without them (no hub yet) still starts and
 * simply creates no tasks.
 */
@Component
class ConnectionGate {

    private final ObjectProvider<Connections> connections;
    private final ObjectProvider<TokenVault> vault;
    private final SyncSettings settings;

    private volatile Connections resolved;

    ConnectionGate(ObjectProvider<Connections> connections, ObjectProvider<TokenVault> vault, SyncSettings settings) {
        this.connections = connections;
        this.vault = vault;
        this.settings = settings;
    }

    /** Looked up once found: every domain event asks, and resolving the bean by type each time was a visible cost. */
    private Connections connections() {
        Connections found = resolved;
        if (found == null) {
            found = connections.getIfAvailable();
            resolved = found;
        }
        return found;
    }

    /** True when the company has connected the provider at some point (tasks are kept while it waits). */
    boolean linked(CompanyId company, Provider provider) {
        Connections all = connections();
        return all != null && all.find(company, provider).map(c -> c.status() != ConnectionStatus.NOT_CONNECTED)
                .orElse(false);
    }

    /** Why the connection cannot be used now, in words, or empty when it can. */
    Optional<String> blocked(CompanyId company, Provider provider) {
        Connections all = connections();
        if (all == null) {
            return Optional.of("The integrations hub is not available");
        }
        Optional<Connection> connection = all.find(company, provider);
        if (connection.isEmpty() || connection.get().status() == ConnectionStatus.NOT_CONNECTED) {
            return Optional.of(provider.displayName() + " is not connected");
        }
        Connection c = connection.get();
        if (c.status() == ConnectionStatus.NEEDS_RECONNECT) {
            return Optional.of(provider.displayName() + " needs to be reconnected"
                    + (c.statusReason() == null ? "" : ": " + c.statusReason()));
        }
        if (c.status() == ConnectionStatus.SETUP_INCOMPLETE) {
            return Optional.of(provider.displayName() + " setup is incomplete");
        }
        if (c.paused()) {
            return Optional.of("Sync with " + provider.displayName() + " is paused");
        }
        return Optional.empty();
    }

    AccessToken token(CompanyId company, Provider provider) {
        return vault.getObject().accessToken(company, provider);
    }

    AccessToken refresh(CompanyId company, Provider provider, AccessToken rejected) {
        return vault.getObject().refreshAfterRejection(company, provider, rejected);
    }

    void needsReconnect(CompanyId company, Provider provider, String reason) {
        connections.getObject().markNeedsReconnect(company, provider, reason);
    }

    void paused(CompanyId company, Provider provider, boolean paused) {
        connections.getObject().setPaused(company, provider, paused);
    }

    java.util.List<Connection> active(Provider provider) {
        Connections all = connections();
        return all == null ? java.util.List.of() : all.active(provider);
    }

    /** How long a blocked task sleeps before it looks again (it is woken earlier by a reconnect or resume). */
    Duration recheck() {
        return settings.scaled(settings.blockedRecheck());
    }
}
