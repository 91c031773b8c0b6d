package dev.cove.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.shared.CompanyId;

/**
 * Per-company API keys. Only a SHA-256 digest is stored (keys are long random secrets, so a slow
 * hash adds nothing); the plain key is shown once, when it is issued.
 */
@Component
class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(CompanyId company, String name, String fixedKey) {
        String key = fixedKey != null && !fixedKey.isBlank() ? fixedKey : randomKey();
        jdbc.sql("""
                INSERT INTO api_keys (id, company_id, name, key_prefix, key_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), company.value(), name, key.substring(0, Math.min(8, key.length())),
                        digest(key), Instant.now())
                .update();
        return key;
    }

    Optional<CompanyPrincipal> authenticate(String key) {
        return jdbc.sql("SELECT id, company_id, name FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
                .param(digest(key))
                .query((rs, n) -> new CompanyPrincipal(new CompanyId(rs.getObject("company_id", UUID.class)),
                        rs.getObject("id", UUID.class), "API key " + rs.getString("name"), null))
                .optional();
    }

    private static String randomKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "cove_" + HexFormat.of().formatHex(bytes);
    }

    static String digest(String key) {
        return HexFormat.of().formatHex(SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest a thread: looking the algorithm up on every request was a visible part of each API call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
