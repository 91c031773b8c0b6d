package dev.cove.integrations;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import dev.cove.shared.CompanyId;
import dev.cove.shared.RecordNotFound;

/** Every integration of a company in {@link Provider} order, with status, reason, fixing action and counts. */
@Service
class IntegrationOverview {

    private final StoredConnections connections;
    private final ProviderProfiles profiles;
    private final ObjectProvider<SyncCounts> counts;

    IntegrationOverview(StoredConnections connections, ProviderProfiles profiles, ObjectProvider<SyncCounts> counts) {
        this.connections = connections;
        this.profiles = profiles;
        this.counts = counts;
    }

    List<IntegrationView> all(CompanyId company) {
        Map<Provider, Connection> stored = connections.all(company);
        return Arrays.stream(Provider.values()).map(p -> view(company, p, stored.get(p))).toList();
    }

    IntegrationView one(CompanyId company, String slug) {
        Provider provider = provider(slug);
        return view(company, provider, connections.find(company, provider).orElse(null));
    }

    static Provider provider(String slug) {
        try {
            return Provider.fromSlug(slug);
        }
        catch (IllegalArgumentException unknown) {
            throw new RecordNotFound("There is no integration called '" + slug + "'");
        }
    }

    private IntegrationView view(CompanyId company, Provider provider, Connection connection) {
        boolean offered = profiles.offered(provider);
        String missing = offered ? profiles.profile(company, provider).map(ProviderProfile::missing).orElse(null) : null;
        ConnectionStatus status;
        String reason;
        if (connection == null) {
            status = missing != null ? ConnectionStatus.SETUP_INCOMPLETE : ConnectionStatus.NOT_CONNECTED;
            reason = offered ? missing : "Cove cannot connect to " + provider.displayName() + " yet.";
        }
        else {
            status = connection.status();
            reason = connection.statusReason();
        }
        SyncCounts.Summary summary = counts.getIfAvailable(() -> (c, p) -> SyncCounts.Summary.NONE)
                .summary(company, provider);
        return new IntegrationView(provider.slug(), provider.displayName(), status, reason,
                connection == null ? null : connection.accountId(), connection == null ? null : connection.accountName(),
                connection == null ? null : connection.connectedBy(), connection == null ? null : connection.connectedAt(),
                connection != null && connection.paused(),
                new IntegrationView.Counts(summary.synced(), summary.pending(), summary.failed()), summary.lastSyncAt(),
                offered ? action(status, missing) : null, offered);
    }

    private static String action(ConnectionStatus status, String missing) {
        if (missing != null) {
            return "Resume setup";
        }
        return switch (status) {
            case ACTIVE -> null;
            case NOT_CONNECTED -> "Connect";
            case SETUP_INCOMPLETE -> "Resume setup";
            case NEEDS_RECONNECT, ERROR -> "Reconnect";
        };
    }
}
