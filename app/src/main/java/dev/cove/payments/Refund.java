package dev.cove.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money given back to the customer; {@code paymentId} names the payment refunded, when known. */
public record Refund(UUID id, UUID invoiceId, UUID paymentId, BigDecimal amount, LocalDate refundedOn, String reason,
        Instant createdAt) {
}
