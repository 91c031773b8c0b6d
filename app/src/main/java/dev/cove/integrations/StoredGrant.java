package dev.cove.integrations;

import java.time.Instant;
import java.util.UUID;

/**
 * A connection's tokens as read (and opened) from its row. Its {@code toString} never shows a token.
 * {@code accountConnectionId} is the provider's id of the link to the account (Xero's {@code /connections} id);
 * may be null.
 */
record StoredGrant(UUID connectionId, ConnectionStatus status, String accountId, String accountConnectionId,
        String accessToken, String refreshToken, Instant accessExpiresAt, ProviderEnvironment environment) {

    boolean usable() {
        return (status == ConnectionStatus.ACTIVE || status == ConnectionStatus.ERROR) && accessToken != null;
    }

    boolean freshAt(Instant moment) {
        return accessExpiresAt != null && accessExpiresAt.isAfter(moment);
    }

    AccessToken toAccessToken() {
        return new AccessToken(accessToken, accountId, accessExpiresAt, environment);
    }

    @Override
    public String toString() {
        return "StoredGrant[connection=" + connectionId + ", status=" + status + ", expiresAt=" + accessExpiresAt + "]";
    }
}
