package dev.cove.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line as entered: a positive quantity (up to 3 decimals) and a unit price of at least zero (cents). */
public record QuoteLineDetails(
        @NotBlank(message = "is required") @Size(max = 500) String description,
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 9, fraction = 3, message = "must have at most 3 decimals") BigDecimal quantity,
        @NotNull(message = "is required") @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal unitPrice,
        UUID itemId) {

    /** Quantity times unit price, rounded half-up to cents. */
    BigDecimal amount() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    boolean blank() {
        return (description == null || description.isBlank()) && quantity == null && unitPrice == null && itemId == null;
    }
}
