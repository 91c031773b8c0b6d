package dev.cove.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.shared.CompanyId;

/**
 * Per-company API keys. Only a SHA-256 digest is stored (keys are long random secrets, so a slow
 * hash adds nothing); the plain key is shown once, when it is issued. A key that authenticated is
 * remembered for {@link Settings#remember()}, so a client's calls do not each look it up; a key
 * revoked in the database stops working within that time. Unknown keys are never remembered.
 */
@Component
class ApiKeys {

    @ConfigurationProperties("cove.api-keys")
    record Settings(@DefaultValue("PT30S") Duration remember) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    ApiKeys(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
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
        String digest = digest(key);
        long now = System.nanoTime();
        Remembered known = remembered.get(digest);
        if (known != null && now - known.at() < settings.remember().toNanos()) {
            return Optional.of(known.principal());
        }
        Optional<CompanyPrincipal> found = jdbc
                .sql("SELECT id, company_id, name FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
                .param(digest)
                .query((rs, n) -> new CompanyPrincipal(new CompanyId(rs.getObject("company_id", UUID.class)),
                        rs.getObject("id", UUID.class), "API key " + rs.getString("name"), null))
                .optional();
        found.ifPresentOrElse(principal -> remembered.put(digest, new Remembered(principal, now)),
                () -> remembered.remove(digest));
        return found;
    }

    private record Remembered(CompanyPrincipal principal, long at) {
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
