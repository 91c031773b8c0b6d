package dev.cove.invoicing;

import java.util.UUID;

import dev.cove.shared.CompanyId;

public record InvoiceVoided(CompanyId companyId, UUID invoiceId, long number, UUID customerId) {
}
