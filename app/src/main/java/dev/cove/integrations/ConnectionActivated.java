package dev.cove.integrations;

import dev.cove.shared.CompanyId;

/**
 * A connection became ACTIVE through OAuth. {@code reconnected} is true when it returned to the
 * same provider account it had before, whose links are kept (no remapping).
 */
public record ConnectionActivated(CompanyId companyId, Provider provider, String accountId, boolean reconnected) {
}
