package dev.cove.integrations;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One integration as the Integrations page and {@code GET /api/v1/integrations} show it.
 *
 * @param provider     the slug, e.g. {@code quickbooks}
 * @param statusReason why it needs attention, in words; null when nothing does
 * @param action       what fixes it: {@code Connect}, {@code Reconnect}, {@code Resume setup}, or null
 * @param offered      false for integrations that are not built yet ("Coming soon")
 */
public record IntegrationView(String provider, String name, ConnectionStatus status, String statusReason, String accountId,
        String accountName, String connectedBy, Instant connectedAt, boolean paused, Counts counts, Instant lastSyncAt,
        String action, boolean offered) {

    public record Counts(long synced, long pending, long failed) {
    }

    /** green, grey or orange, as the card is coloured. */
    @JsonIgnore
    public String colour() {
        return switch (status) {
            case ACTIVE -> "green";
            case NOT_CONNECTED -> "grey";
            default -> "orange";
        };
    }
}
