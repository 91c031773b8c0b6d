package dev.cove.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new payment term as staff or an API client enter it. */
record PaymentTermDetails(
        @NotBlank(message = "is required") @Size(max = 100) String name,
        @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 365")
        @Max(value = 365, message = "must be between 0 and 365") Integer daysDue) {
}
