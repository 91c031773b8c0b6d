package dev.cove.integrations;

import java.util.List;
import java.util.Optional;

import dev.cove.shared.CompanyId;

/** The connections of every company, one per provider at most. */
public interface Connections {

    Optional<Connection> find(CompanyId company, Provider provider);

    /** Connections of a provider that are ACTIVE and not paused, across all companies (for schedules). */
    List<Connection> active(Provider provider);

    /** The grant is gone (invalid_grant, revoked): the connection shows Reconnect and its tasks wait. */
    void markNeedsReconnect(CompanyId company, Provider provider, String reason);

    void markError(CompanyId company, Provider provider, String reason);

    /** Paused connections keep their tasks queued without running them. */
    void setPaused(CompanyId company, Provider provider, boolean paused);
}
