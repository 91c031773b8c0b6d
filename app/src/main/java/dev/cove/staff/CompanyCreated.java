package dev.cove.staff;

import dev.cove.shared.CompanyId;

/** A company was set up; listeners in the same transaction give it its defaults. */
public record CompanyCreated(CompanyId companyId, String name, String currency) {
}
