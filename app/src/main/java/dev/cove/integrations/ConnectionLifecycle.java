package dev.cove.integrations;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.CompanyId;

/**
 * Turns a connection on and off, with the row locked so that a refresh, a reconnect and a disconnect never
 * interleave. Events are published in the same transaction (Modulith's registry keeps them).
 */
@Service
class ConnectionLifecycle {

    /** The result of an activation: the connection as stored and whether it returned to its earlier account. */
    record Activated(Connection connection, boolean reconnected) {
    }

    private static final Logger log = LoggerFactory.getLogger(ConnectionLifecycle.class);

    private final StoredConnections connections;
    private final ProviderProfiles profiles;
    private final TokenEndpoint endpoint;
    private final AccountLookup accounts;
    private final ApplicationEventPublisher events;

    ConnectionLifecycle(StoredConnections connections, ProviderProfiles profiles, TokenEndpoint endpoint,
            AccountLookup accounts, ApplicationEventPublisher events) {
        this.connections = connections;
        this.profiles = profiles;
        this.endpoint = endpoint;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Stores a fresh grant for the account. A company whose records are linked to one account cannot silently
     * switch to another: that is refused (the reason is kept on the connection) and the caller revokes the grant.
     *
     * @param incomplete null for ACTIVE, else why the connection stays SETUP_INCOMPLETE (e.g. missing scopes)
     */
    @Transactional(noRollbackFor = AuthorizationRefused.class)
    Activated activate(CompanyId company, Provider provider, ProviderEnvironment environment, AccountLookup.Account account,
            String by, Grant grant, String incomplete) {
        Optional<Connection> existing = connections.lock(company, provider);
        UUID id = existing.map(Connection::id).orElseGet(() -> connections.insert(company, provider));
        String earlier = existing.map(Connection::accountId).orElse(null);
        if (earlier != null && !earlier.equals(account.id())) {
            String reason = "Reconnect refused: you chose " + provider.displayName() + " account " + account.name() + " ("
                    + account.id() + "), but Cove's records are linked to " + existing.get().accountName() + " ("
                    + earlier + "). Reconnect and choose " + earlier + "; Cove does not move links between books.";
            connections.explain(id, reason);
            throw new AuthorizationRefused(reason);
        }
        boolean reconnected = earlier != null;
        ConnectionStatus status = incomplete == null ? ConnectionStatus.ACTIVE : ConnectionStatus.SETUP_INCOMPLETE;
        connections.activate(id, status, environment, account, by, grant, incomplete);
        if (status == ConnectionStatus.ACTIVE) {
            events.publishEvent(new ConnectionActivated(company, provider, account.id(), reconnected));
        }
        return new Activated(connections.find(company, provider).orElseThrow(), reconnected);
    }

    /**
     * Ends Cove's access at the provider as its profile says (revokes the grant, or deletes only the chosen
     * organisation's entry of its {@code /connections}) and ends the connection, keeping its account, records and links.
     * Disconnecting a connection that is not connected changes nothing. A revocation the provider did not
     * confirm is said on the connection, so the user knows to remove Cove on the provider's side.
     */
    @Transactional
    Optional<Connection> disconnect(CompanyId company, Provider provider, String by) {
        Optional<Connection> existing = connections.lock(company, provider);
        if (existing.isEmpty() || existing.get().status() == ConnectionStatus.NOT_CONNECTED) {
            return existing;
        }
        StoredGrant grant = connections.grant(company, provider).orElseThrow();
        String reason = "Disconnected by " + by + " on " + LocalDate.now(ZoneOffset.UTC) + ".";
        if (!endAtProvider(company, provider, grant)) {
            reason += " " + provider.displayName() + " did not confirm that Cove's access was revoked; remove Cove "
                    + "from the connected apps in " + provider.displayName() + " to be sure.";
        }
        connections.end(existing.get().id(), reason);
        events.publishEvent(new ConnectionEnded(company, provider, existing.get().accountId()));
        return connections.find(company, provider);
    }

    private boolean endAtProvider(CompanyId company, Provider provider, StoredGrant grant) {
        Optional<ProviderProfile> profile = profiles.profile(company, provider);
        if (profile.isEmpty() || profile.get().disconnect() != IntegrationSettings.Disconnect.DELETE_CONNECTION
                || grant.accountConnectionId() == null) {
            return revoke(company, provider, grant);
        }
        try {
            // The stored token may have lapsed; the refresh rotates a grant that ends in this transaction anyway.
            String token = grant.freshAt(Instant.now().plusSeconds(30)) ? grant.accessToken()
                    : endpoint.refresh(profile.get(), grant.refreshToken()).accessToken();
            return accounts.release(profile.get(), grant.accountConnectionId(), token);
        }
        catch (IOException | RuntimeException failed) {
            log.warn("Deleting the {} connection of company {} failed: {}", provider, company, failed.getMessage());
            return false;
        }
    }

    /** Revokes a grant Cove will not keep (refused reconnect) or no longer wants (disconnect). */
    boolean revoke(CompanyId company, Provider provider, StoredGrant grant) {
        String token = grant.refreshToken() != null ? grant.refreshToken() : grant.accessToken();
        return profiles.profile(company, provider).map(profile -> {
            try {
                return endpoint.revoke(profile, token);
            }
            catch (IOException | RuntimeException failed) {
                log.warn("Revoking the {} grant of company {} failed: {}", provider, company, failed.getMessage());
                return false;
            }
        }).orElse(false);
    }
}
