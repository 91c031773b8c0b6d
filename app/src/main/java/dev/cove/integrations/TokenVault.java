package dev.cove.integrations;

import dev.cove.shared.CompanyId;

/**
 * Hands out provider access tokens. Tokens are stored encrypted (AES-GCM, key id stored so keys
 * can rotate) and refreshed ahead of expiry; only one refresh per connection runs at a time across
 * threads and nodes, and a rotated refresh token is persisted before the new access token is used.
 */
public interface TokenVault {

    /**
     * A currently valid access token for the company's connection to the provider.
     *
     * @throws ConnectionNeedsReconnect when there is no usable grant (never connected, revoked,
     *         {@code invalid_grant}); the connection has already been marked NEEDS_RECONNECT
     */
    AccessToken accessToken(CompanyId company, Provider provider);

    /**
     * The provider refused {@code rejected} (401): refresh now, unless another thread already
     * did, and return the token to retry with.
     */
    AccessToken refreshAfterRejection(CompanyId company, Provider provider, AccessToken rejected);
}
