package dev.cove.staff;

import dev.cove.shared.CompanyId;

/** A company just opened, with the only copy of its API key in plain text. */
public record OpenedCompany(CompanyId companyId, String apiKey) {
}
