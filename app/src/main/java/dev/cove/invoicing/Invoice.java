package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice as the company and its customer see it. All amounts are exact decimals in
 * {@code currency}; {@code balanceDue} is {@code total - amountPaid + amountRefunded}.
 */
public record Invoice(UUID id, long number, UUID customerId, String customerName, InvoiceStatus status,
        LocalDate issueDate, LocalDate dueDate, UUID termsId, UUID taxRateId, BigDecimal taxRate, String currency,
        BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total, BigDecimal amountPaid, BigDecimal amountRefunded,
        BigDecimal balanceDue, String notes, List<InvoiceLine> lines, Instant sentAt, Instant voidedAt,
        Instant createdAt, Instant updatedAt) {

    /** What the customer has paid and not been given back. */
    public BigDecimal netPaid() {
        return amountPaid.subtract(amountRefunded);
    }

    /** This invoice as {@code SENT} at {@code at}, the time its row now holds. */
    Invoice sentAt(Instant at) {
        return new Invoice(id, number, customerId, customerName, InvoiceStatus.SENT, issueDate, dueDate, termsId,
                taxRateId, taxRate, currency, subtotal, taxTotal, total, amountPaid, amountRefunded, balanceDue, notes,
                lines, at, voidedAt, createdAt, at);
    }

    public boolean editable() {
        return (status == InvoiceStatus.DRAFT || status == InvoiceStatus.SENT) && netPaid().signum() == 0;
    }
}
