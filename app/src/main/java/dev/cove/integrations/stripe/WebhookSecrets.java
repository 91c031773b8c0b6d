package dev.cove.integrations.stripe;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.integrations.SecretSeal;

/**
 * The signing secrets of Cove's Connect webhook endpoints, one per mode. A secret stored in the database
 * (sealed by the token vault's {@link SecretSeal}) wins over {@code cove.stripe.*-webhook-secret}; both may be
 * absent, and then no event is accepted for that mode.
 */
@Component
class WebhookSecrets {

    private final JdbcClient jdbc;
    private final SecretSeal seal;
    private final StripeSettings settings;
    private final Map<Boolean, Optional<String>> cache = new ConcurrentHashMap<>();

    WebhookSecrets(JdbcClient jdbc, SecretSeal seal, StripeSettings settings) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.settings = settings;
    }

    /** Every secret an incoming event may be signed with. */
    List<String> all() {
        List<String> secrets = new ArrayList<>(2);
        secret(false).ifPresent(secrets::add);
        secret(true).ifPresent(secrets::add);
        return secrets;
    }

    Optional<String> secret(boolean livemode) {
        return cache.computeIfAbsent(livemode, mode -> jdbc
                .sql("SELECT sealed_secret FROM stripe_webhook_secrets WHERE livemode = ?").param(mode)
                .query(String.class).optional().map(seal::open)
                .or(() -> Optional.ofNullable(settings.webhookSecret(mode)).filter(s -> !s.isBlank())));
    }

    @Transactional
    void save(boolean livemode, String secret) {
        String sealed = seal.seal(secret);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("UPDATE stripe_webhook_secrets SET sealed_secret = ?, updated_at = ? WHERE livemode = ?")
                .params(sealed, now, livemode).update() == 0) {
            jdbc.sql("INSERT INTO stripe_webhook_secrets (livemode, sealed_secret, updated_at) VALUES (?, ?, ?)")
                    .params(livemode, sealed, now).update();
        }
        cache.remove(livemode);
    }
}
