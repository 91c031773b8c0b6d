package dev.cove.integrations;

import java.time.Instant;

/**
 * A bearer token for one connection. {@code accountId} is the provider account it acts on (the
 * QuickBooks realm, say). Its {@code toString} never shows the token.
 */
public record AccessToken(String value, String accountId, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[account=" + accountId + ", expiresAt=" + expiresAt + "]";
    }
}
