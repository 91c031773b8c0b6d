package dev.cove.staff;

import java.util.UUID;

import dev.cove.shared.CompanyId;

/**
 * Who is calling, and for which company: a signed-in staff member or an API key. Every
 * authenticated request carries exactly one.
 *
 * @param actorId the staff user's id, or the API key's id
 * @param name what to show as "by whom": the staff member's name or the key's name
 */
public record CompanyPrincipal(CompanyId companyId, UUID actorId, String name, String email) {
}
