package dev.cove.integrations.quickbooks.inbound;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Webhook notifications as received, until processed. A redelivered body is stored once. */
@Component
class Notifications {

    record Stored(UUID id, String verifierHash, String body, boolean processed) {
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new notification's id, or empty when the same body was received before. Joins the caller's transaction. */
    Optional<UUID> store(byte[] rawBody, String verifierHash) {
        String bodyHash = RealmConnections.hash(rawBody);
        if (jdbc.sql("SELECT COUNT(*) FROM quickbooks_webhook_notifications WHERE body_hash = ?").param(bodyHash)
                .query(Long.class).single() > 0) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO quickbooks_webhook_notifications (id, body_hash, verifier_hash, body, received_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(id, bodyHash, verifierHash,
                            new String(rawBody, java.nio.charset.StandardCharsets.UTF_8), now()).update();
        } catch (DuplicateKeyException concurrentDelivery) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT id, verifier_hash, body, processed_at FROM quickbooks_webhook_notifications WHERE id = ?")
                .param(id).query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4) != null)).optional();
    }

    void processed(UUID id) {
        jdbc.sql("UPDATE quickbooks_webhook_notifications SET processed_at = ? WHERE id = ?").params(now(), id).update();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
