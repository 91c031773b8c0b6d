package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of an invoice: a visit or an item. {@code amount} is quantity times unit price, rounded to cents. */
public record InvoiceLine(UUID id, int position, LocalDate serviceDate, String description, BigDecimal quantity,
        BigDecimal unitPrice, BigDecimal amount, boolean taxable, UUID itemId, UUID visitId) {
}
