package dev.cove.integrations;

import java.time.Instant;

/**
 * A bearer token for one connection. {@code accountId} is the provider account it acts on (the
 * QuickBooks realm, say); {@code environment} is where the connection was made, so where the token is
 * valid (null when unknown: the provider's configured environment). Its {@code toString} never shows
 * the token.
 */
public record AccessToken(String value, String accountId, Instant expiresAt, ProviderEnvironment environment) {

    public AccessToken(String value, String accountId, Instant expiresAt) {
        this(value, accountId, expiresAt, null);
    }

    @Override
    public String toString() {
        return "AccessToken[account=" + accountId + ", expiresAt=" + expiresAt + ", environment=" + environment + "]";
    }
}
