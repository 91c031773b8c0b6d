package dev.cove.integrations.sync.testprovider;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Connection;
import dev.cove.integrations.ConnectionActivated;
import dev.cove.integrations.ConnectionNeedsReconnect;
import dev.cove.integrations.ConnectionStatus;
import dev.cove.integrations.Connections;
import dev.cove.integrations.Provider;
import dev.cove.integrations.TokenVault;
import dev.cove.shared.CompanyId;

/**
 * Simple {@link Connections} and {@link TokenVault} for the engine's tests: connections in memory and a
 * fixed bearer token per company that {@link TestProviderSandbox} accepts. Revoking the grant makes the
 * sandbox answer 401 and the vault's refresh fail, as an {@code invalid_grant} would.
 */
public class TestHub implements Connections, TokenVault {

    private final TestProviderSandbox sandbox;
    private final ApplicationEventPublisher events;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Map<CompanyId, String> tokens = new ConcurrentHashMap<>();
    private final Set<CompanyId> revoked = ConcurrentHashMap.newKeySet();

    public TestHub(TestProviderSandbox sandbox, ApplicationEventPublisher events) {
        this.sandbox = sandbox;
        this.events = events;
    }

    /** Connects the company to the test provider: ACTIVE, with a token the sandbox accepts. */
    public void connect(CompanyId company) {
        grant(company);
        put(company, ConnectionStatus.ACTIVE, null, false);
    }

    /** The user revoked access at the provider: tokens die, refreshes fail. */
    public void revokeGrant(CompanyId company) {
        revoked.add(company);
        sandbox.revoke(company.toString());
    }

    /** The user reconnected: new grant, ACTIVE, and the hub's event. */
    public void reconnect(CompanyId company) {
        revoked.remove(company);
        grant(company);
        put(company, ConnectionStatus.ACTIVE, null, false);
        events.publishEvent(new ConnectionActivated(company, TestProviderAdapter.PROVIDER, company.toString(), true));
    }

    @Override
    public Optional<Connection> find(CompanyId company, Provider provider) {
        return Optional.ofNullable(connections.get(key(company, provider)));
    }

    @Override
    public List<Connection> active(Provider provider) {
        return connections.values().stream().filter(c -> c.provider() == provider && c.status() == ConnectionStatus.ACTIVE
                && !c.paused()).toList();
    }

    @Override
    public void markNeedsReconnect(CompanyId company, Provider provider, String reason) {
        find(company, provider).ifPresent(c -> put(company, ConnectionStatus.NEEDS_RECONNECT, reason, c.paused()));
    }

    @Override
    public void markError(CompanyId company, Provider provider, String reason) {
        find(company, provider).ifPresent(c -> put(company, ConnectionStatus.ERROR, reason, c.paused()));
    }

    @Override
    public void setPaused(CompanyId company, Provider provider, boolean paused) {
        find(company, provider).ifPresent(c -> put(company, c.status(), c.statusReason(), paused));
    }

    @Override
    public AccessToken accessToken(CompanyId company, Provider provider) {
        Connection connection = find(company, provider).orElseThrow(
                () -> new ConnectionNeedsReconnect(company, provider, "never connected"));
        if (connection.status() == ConnectionStatus.NEEDS_RECONNECT) {
            throw new ConnectionNeedsReconnect(company, provider, connection.statusReason());
        }
        return new AccessToken(tokens.get(company), company.toString(), Instant.now().plusSeconds(3600));
    }

    @Override
    public AccessToken refreshAfterRejection(CompanyId company, Provider provider, AccessToken rejected) {
        if (revoked.contains(company)) {
            markNeedsReconnect(company, provider, "invalid_grant");
            throw new ConnectionNeedsReconnect(company, provider, "invalid_grant");
        }
        grant(company);
        return accessToken(company, provider);
    }

    private void grant(CompanyId company) {
        String token = "test-" + UUID.randomUUID();
        tokens.put(company, token);
        sandbox.grant(company.toString(), token);
    }

    private void put(CompanyId company, ConnectionStatus status, String reason, boolean paused) {
        Provider provider = TestProviderAdapter.PROVIDER;
        connections.put(key(company, provider), new Connection(UUID.nameUUIDFromBytes(key(company, provider).getBytes()),
                company, provider, status, company.toString(), "Test company", "test", Instant.now(), reason, paused));
    }

    private static String key(CompanyId company, Provider provider) {
        return company + ":" + provider;
    }
}
