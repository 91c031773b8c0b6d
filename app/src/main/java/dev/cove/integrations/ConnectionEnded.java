package dev.cove.integrations;

import dev.cove.shared.CompanyId;

/** The company disconnected the provider; local records and links are kept. */
public record ConnectionEnded(CompanyId companyId, Provider provider, String accountId) {
}
