package dev.cove.invoicing;

import java.util.UUID;

import dev.cove.shared.CompanyId;

/** The invoice was sent to the customer for the first time and is now their debt. */
public record InvoiceSent(CompanyId companyId, UUID invoiceId, long number, UUID customerId) {
}
