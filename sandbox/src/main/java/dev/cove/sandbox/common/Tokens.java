package dev.cove.sandbox.common;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes, access tokens and refresh tokens of one provider sandbox. Every token belongs
 * to a {@link Connection}; revoking any token of a connection, or the connection itself, kills all of
 * them. Codes and refresh tokens are removed atomically when used, so each works exactly once.
 */
final class Tokens {

    /** One user's consent for one client and company; shared by the tokens it produced. */
    static final class Connection {
        final String clientId;
        final String companyId;
        final Instant hardExpiry;
        volatile boolean revoked;

        Connection(String clientId, String companyId, Instant hardExpiry) {
            this.clientId = clientId;
            this.companyId = companyId;
            this.hardExpiry = hardExpiry;
        }
    }

    record Code(Connection connection, String redirectUri, String challenge, String challengeMethod,
            Instant expiresAt) {
    }

    record Issued(Connection connection, Instant expiresAt) {
        boolean usableAt(Instant now) {
            return !connection.revoked && now.isBefore(expiresAt) && now.isBefore(connection.hardExpiry);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Connection> spentCodes = new ConcurrentHashMap<>();
    private final Map<String, Issued> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Issued> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Connection> retiredRefreshTokens = new ConcurrentHashMap<>();

    static String random(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String newCode(Code code) {
        String value = random("code-");
        codes.put(value, code);
        return value;
    }

    /** Takes the code out for good. A second attempt finds nothing and revokes what the first one got. */
    Optional<Code> redeemCode(String value) {
        Code code = value == null ? null : codes.remove(value);
        if (code == null) {
            Connection earlier = value == null ? null : spentCodes.get(value);
            if (earlier != null) {
                earlier.revoked = true;
            }
            return Optional.empty();
        }
        spentCodes.put(value, code.connection());
        return Optional.of(code);
    }

    String newAccessToken(Connection connection, Instant expiresAt) {
        String value = random("at-");
        accessTokens.put(value, new Issued(connection, expiresAt));
        return value;
    }

    String newRefreshToken(Connection connection, Instant expiresAt) {
        String value = random("rt-");
        refreshTokens.put(value, new Issued(connection, expiresAt));
        return value;
    }

    /** Takes the refresh token out for good (rotation); an old token is remembered only as retired. */
    Optional<Issued> redeemRefreshToken(String value) {
        Issued issued = value == null ? null : refreshTokens.remove(value);
        if (issued != null) {
            retiredRefreshTokens.put(value, issued.connection());
        }
        return Optional.ofNullable(issued);
    }

    Optional<Issued> accessToken(String value) {
        return Optional.ofNullable(value == null ? null : accessTokens.get(value));
    }

    /** Revokes the connection behind an access or refresh token; false when the token is unknown. */
    boolean revoke(String value) {
        Issued issued = accessTokens.get(value);
        if (issued == null) {
            issued = refreshTokens.get(value);
        }
        Connection connection = issued != null ? issued.connection() : retiredRefreshTokens.get(value);
        if (connection == null) {
            return false;
        }
        connection.revoked = true;
        return true;
    }

    void revokeAll() {
        accessTokens.values().forEach(i -> i.connection().revoked = true);
        refreshTokens.values().forEach(i -> i.connection().revoked = true);
        codes.values().forEach(c -> c.connection().revoked = true);
    }

    void clear() {
        revokeAll();
        codes.clear();
        spentCodes.clear();
        accessTokens.clear();
        refreshTokens.clear();
        retiredRefreshTokens.clear();
    }
}
