package dev.cove.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A refund to record; {@code paymentId} is optional, {@code refundedOn} defaults to today. */
public record RefundDetails(
        @NotNull(message = "is required") @Positive(message = "must be greater than zero")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal amount,
        UUID paymentId,
        LocalDate refundedOn,
        @Size(max = 500) String reason) {
}
