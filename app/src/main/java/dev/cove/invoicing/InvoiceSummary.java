package dev.cove.invoicing;

import java.math.BigDecimal;

/** How many invoices share a status and what is still owed on them. */
public record InvoiceSummary(long count, BigDecimal open) {
}
