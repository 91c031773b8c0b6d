package dev.cove.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.cove.shared.CompanyId;

/**
 * OAuth authorizations in flight, keyed by the SHA-256 of their {@code state} (the state itself is never
 * stored, so a database reader cannot finish someone's flow). Each is bound to the company that started it
 * and can be consumed exactly once before it expires.
 */
@Repository
class PendingAuthorizations {

    /** A started authorization; {@code codeVerifier} is opened (plain) and may be null when PKCE is off. */
    record Pending(CompanyId company, Provider provider, String startedBy, boolean browserBound, String codeVerifier,
            String redirectUri, Instant expiresAt, Instant usedAt) {

        @Override
        public String toString() {
            return "Pending[" + company + ", " + provider + ", browserBound=" + browserBound + "]";
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SecretSeal seal;

    PendingAuthorizations(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** Stores a new authorization and answers its state, 256 random bits. */
    String start(CompanyId company, Provider provider, String startedBy, boolean browserBound, String codeVerifier,
            String redirectUri, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO integration_authorizations (state_hash, company_id, provider, started_by, browser_bound,
                  sealed_verifier, redirect_uri, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(state), company.value(), provider.name(), startedBy, browserBound, seal.seal(codeVerifier),
                        redirectUri, OffsetDateTime.now(ZoneOffset.UTC), expiresAt.atOffset(ZoneOffset.UTC))
                .update();
        return state;
    }

    Optional<Pending> find(String state) {
        return jdbc.sql("""
                SELECT company_id, provider, started_by, browser_bound, sealed_verifier, redirect_uri, expires_at, used_at
                FROM integration_authorizations WHERE state_hash = ?""")
                .param(hash(state))
                .query((rs, row) -> new Pending(new CompanyId(rs.getObject("company_id", UUID.class)),
                        Provider.valueOf(rs.getString("provider")), rs.getString("started_by"),
                        rs.getBoolean("browser_bound"), seal.open(rs.getString("sealed_verifier")),
                        rs.getString("redirect_uri"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("used_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .optional();
    }

    /** Marks the authorization used; false when it was used before or has expired (a replay). */
    boolean consume(String state) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("UPDATE integration_authorizations SET used_at = ? "
                + "WHERE state_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(now, hash(state), now).update() == 1;
    }

    static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(state.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
