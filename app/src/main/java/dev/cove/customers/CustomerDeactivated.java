package dev.cove.customers;

import java.util.UUID;

import dev.cove.shared.CompanyId;

public record CustomerDeactivated(CompanyId companyId, UUID customerId, String displayName) {
}
