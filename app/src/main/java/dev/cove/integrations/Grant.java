package dev.cove.integrations;

import java.time.Instant;
import java.util.Set;

/**
 * What a token endpoint issued. {@code refreshToken} and {@code refreshExpiresAt} may be null (no
 * rotation, or no lifetime reported); an empty {@code grantedScopes} means the provider did not say, which
 * RFC 6749 defines as "the scopes requested". Its {@code toString} never shows a token.
 */
record Grant(String accessToken, String refreshToken, Instant accessExpiresAt, Instant refreshExpiresAt,
        Set<String> grantedScopes) {

    @Override
    public String toString() {
        return "Grant[accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt + ", scopes="
                + grantedScopes + "]";
    }
}
