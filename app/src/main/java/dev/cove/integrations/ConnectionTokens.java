package dev.cove.integrations;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.shared.CompanyId;

/**
 * The token vault. A fresh token is read without locking. A refresh takes the connection row with
 * {@code SELECT ... FOR UPDATE}, so one thread on one node refreshes while the others wait on the lock; after
 * taking it, the token is checked again, and whoever finds it already refreshed returns it without calling the
 * provider. The rotated refresh token is written in the same transaction that holds the lock, before the new
 * access token leaves this class. {@code invalid_grant} marks the connection NEEDS_RECONNECT (committed) and
 * throws {@link ConnectionNeedsReconnect}.
 */
@Service
class ConnectionTokens implements TokenVault {

    private static final Logger log = LoggerFactory.getLogger(ConnectionTokens.class);

    /** What a locked refresh came to; the transaction commits in every case, then this decides what to throw. */
    private record Outcome(AccessToken token, String reconnectReason, String failure, Throwable cause) {
    }

    private final StoredConnections connections;
    private final ProviderProfiles profiles;
    private final TokenEndpoint endpoint;
    private final IntegrationSettings settings;
    private final TransactionTemplate transactions;

    ConnectionTokens(StoredConnections connections, ProviderProfiles profiles, TokenEndpoint endpoint,
            IntegrationSettings settings, PlatformTransactionManager transactionManager) {
        this.connections = connections;
        this.profiles = profiles;
        this.endpoint = endpoint;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public AccessToken accessToken(CompanyId company, Provider provider) {
        StoredGrant grant = connections.grant(company, provider)
                .orElseThrow(() -> new ConnectionNeedsReconnect(company, provider, "it was never connected"));
        if (!grant.usable()) {
            throw new ConnectionNeedsReconnect(company, provider, unusable(grant));
        }
        if (grant.freshAt(Instant.now().plus(settings.refreshSkew()))) {
            return grant.toAccessToken();
        }
        return refreshUnderLock(company, provider, locked -> !locked.freshAt(Instant.now().plus(settings.refreshSkew())));
    }

    @Override
    public AccessToken refreshAfterRejection(CompanyId company, Provider provider, AccessToken rejected) {
        return refreshUnderLock(company, provider, locked -> Objects.equals(locked.accessToken(), rejected.value()));
    }

    private AccessToken refreshUnderLock(CompanyId company, Provider provider, Predicate<StoredGrant> stillNeeded) {
        Instant giveUp = Instant.now().plus(settings.refreshLockWait());
        while (true) {
            Outcome outcome;
            try {
                outcome = transactions.execute(tx -> refreshLocked(company, provider, stillNeeded));
            }
            catch (PessimisticLockingFailureException busy) {
                // Another thread or node holds the row (H2 gives up on a lock after about a second).
                if (Instant.now().isAfter(giveUp)) {
                    throw new TokenRefreshFailed(company, provider, "another refresh held the connection too long", busy);
                }
                pause();
                continue;
            }
            if (outcome.token() != null) {
                return outcome.token();
            }
            if (outcome.reconnectReason() != null) {
                throw new ConnectionNeedsReconnect(company, provider, outcome.reconnectReason());
            }
            throw new TokenRefreshFailed(company, provider, outcome.failure(), outcome.cause());
        }
    }

    private Outcome refreshLocked(CompanyId company, Provider provider, Predicate<StoredGrant> stillNeeded) {
        StoredGrant locked = connections.lockGrant(company, provider).orElse(null);
        if (locked == null) {
            return new Outcome(null, "it was never connected", null, null);
        }
        if (!locked.usable()) {
            return new Outcome(null, unusable(locked), null, null);
        }
        if (!stillNeeded.test(locked)) {
            return new Outcome(locked.toAccessToken(), null, null, null);
        }
        ProviderProfile profile = profiles.profile(company, provider).orElse(null);
        if (profile == null || profile.missing() != null || locked.refreshToken() == null) {
            String reason = profile == null || profile.missing() == null
                    ? "Cove holds no refresh token for it; reconnect to grant access again." : profile.missing();
            connections.markNeedsReconnect(company, provider, reason);
            return new Outcome(null, reason, null, null);
        }
        try {
            Grant grant = endpoint.refresh(profile, locked.refreshToken());
            connections.saveRefreshed(locked.connectionId(), grant);
            AccessToken token = new AccessToken(grant.accessToken(), locked.accountId(), grant.accessExpiresAt(),
                    locked.environment());
            return new Outcome(token, null, null, null);
        }
        catch (TokenEndpointRefused refused) {
            if (refused.grantIsGone()) {
                String reason = provider.displayName() + " no longer accepts Cove's access (" + refused.getMessage()
                        + "). Someone disconnected Cove there, or the grant expired. Reconnect to resume syncing; "
                        + "waiting changes are kept and sent afterwards.";
                connections.markNeedsReconnect(company, provider, reason);
                log.warn("{} connection of company {} needs reconnecting: {}", provider, company, refused.getMessage());
                return new Outcome(null, reason, null, null);
            }
            String reason = provider.displayName() + " refused Cove's token refresh: " + refused.getMessage()
                    + ". Check the client id and secret in the integration's settings.";
            connections.markError(company, provider, reason);
            return new Outcome(null, null, reason, refused);
        }
        catch (IOException unreachable) {
            return new Outcome(null, null, provider.displayName() + " could not be reached: " + unreachable.getMessage(),
                    unreachable);
        }
    }

    private static String unusable(StoredGrant grant) {
        return switch (grant.status()) {
            case NOT_CONNECTED -> "it is disconnected";
            case SETUP_INCOMPLETE -> "its setup is not finished";
            default -> "its grant is no longer valid";
        };
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
