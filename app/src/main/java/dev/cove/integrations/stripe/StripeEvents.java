package dev.cove.integrations.stripe;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Events as Stripe sent them, one row per event id. Only an event that was handled counts as done: a failed
 * one is tried again later with a growing delay, so a bug or an outage never marks a payment as seen.
 */
@Repository
class StripeEvents {

    /** What Cove keeps of an event; the object itself is always re-read from Stripe. */
    record Received(String id, String type, String accountId, boolean livemode, String objectId, String intentId,
            long created) {
    }

    private final JdbcClient jdbc;

    StripeEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new event; a duplicate id fails on the primary key. An event with nothing to do is stored as
     * handled, so it is still deduplicated but never queued.
     */
    void insert(Received event, Duration firstTry, boolean actionable) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO stripe_events (id, type, account_id, livemode, object_id, intent_id, created, received_at,
                  next_attempt_at, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.id(), event.type(), event.accountId(), event.livemode(), event.objectId(),
                        event.intentId(), event.created(), now, now.plus(firstTry), actionable ? null : now)
                .update();
    }

    Optional<Received> pending(String id) {
        return jdbc.sql(SELECT + " WHERE id = ? AND processed_at IS NULL").param(id).query(this::received).optional();
    }

    List<Received> due(int limit) {
        return jdbc.sql(SELECT + " WHERE processed_at IS NULL AND next_attempt_at <= ? ORDER BY created, received_at LIMIT " + limit)
                .param(OffsetDateTime.now(ZoneOffset.UTC)).query(this::received).list();
    }

    void done(String id) {
        jdbc.sql("UPDATE stripe_events SET processed_at = ?, last_error = NULL WHERE id = ? AND processed_at IS NULL")
                .params(OffsetDateTime.now(ZoneOffset.UTC), id).update();
    }

    void failed(String id, String error, Duration firstDelay, Duration maxDelay) {
        int attempts = jdbc.sql("SELECT attempts FROM stripe_events WHERE id = ?").param(id).query(Integer.class).single();
        long seconds = Math.min(maxDelay.toSeconds(), firstDelay.toSeconds() << Math.min(attempts, 20));
        jdbc.sql("UPDATE stripe_events SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(error == null ? "failed" : error.substring(0, Math.min(error.length(), 2000)),
                        Instant.now().plusSeconds(seconds).atOffset(ZoneOffset.UTC), id)
                .update();
    }

    private static final String SELECT = "SELECT id, type, account_id, livemode, object_id, intent_id, created "
            + "FROM stripe_events";

    private Received received(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Received(rs.getString("id"), rs.getString("type"), rs.getString("account_id"),
                rs.getBoolean("livemode"), rs.getString("object_id"), rs.getString("intent_id"), rs.getLong("created"));
    }
}
