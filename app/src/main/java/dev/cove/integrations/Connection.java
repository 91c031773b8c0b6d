package dev.cove.integrations;

import java.time.Instant;
import java.util.UUID;

import dev.cove.shared.CompanyId;

/**
 * A company's link to one provider account. {@code accountId} is the provider's id for the
 * company or organisation (QuickBooks realm, Xero tenant, Stripe account) and may be null until
 * connected; {@code statusReason} says in words why a connection needs attention.
 */
public record Connection(UUID id, CompanyId companyId, Provider provider, ConnectionStatus status, String accountId,
        String accountName, String connectedBy, Instant connectedAt, String statusReason, boolean paused) {
}
