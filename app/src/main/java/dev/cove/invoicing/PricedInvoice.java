package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A validated draft: dates, terms, tax and lines resolved, totals computed. */
record PricedInvoice(UUID customerId, LocalDate issueDate, UUID termsId, LocalDate dueDate, UUID taxRateId,
        BigDecimal taxRate, String currency, String notes, List<PricedLine> lines, InvoiceTotals totals) {
}
