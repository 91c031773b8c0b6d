package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.cove.shared.CompanyId;

/**
 * The payments and refunds recorded against an invoice, for its page and PDF. Implemented by the
 * payments module, so invoicing does not depend on it.
 */
public interface InvoiceLedger {

    List<Entry> entriesFor(CompanyId company, UUID invoiceId);

    /** A payment (positive) or refund (negative amount) as shown on an invoice. */
    record Entry(UUID id, String kind, LocalDate date, BigDecimal amount, String method, String reference) {
    }
}
