package dev.cove.invoicing;

import java.util.UUID;

import dev.cove.shared.CompanyId;

/** A sent invoice changed: its lines, dates, tax or balance. */
public record InvoiceUpdated(CompanyId companyId, UUID invoiceId, long number, UUID customerId) {
}
