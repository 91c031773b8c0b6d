package dev.cove.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A payment as staff or an API client record it; {@code paidOn} defaults to today. */
public record PaymentDetails(
        @NotNull(message = "is required") @Positive(message = "must be greater than zero")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal amount,
        @NotNull(message = "is required") UUID methodId,
        LocalDate paidOn,
        @Size(max = 200) String reference) {
}
