package dev.cove.sales;

import java.util.UUID;

import dev.cove.shared.CompanyId;

/** A lead was recorded. {@code email} may be null. */
public record LeadCreated(CompanyId companyId, UUID leadId, String name, String email, String source) {
}
