package dev.cove.settings;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new tax rate as staff or an API client enter it. */
record TaxRateDetails(
        @NotBlank(message = "is required") @Size(max = 100) String name,
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 4, message = "must have at most 4 decimals") BigDecimal rate) {
}
