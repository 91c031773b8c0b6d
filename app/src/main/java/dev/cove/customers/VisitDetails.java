package dev.cove.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a technician records for a visit. Readings are optional. */
public record VisitDetails(
        @NotNull(message = "is required") LocalDate date,
        @NotBlank(message = "is required") @Size(max = 500) String description,
        UUID itemId,
        @NotNull(message = "is required") @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal price,
        @DecimalMin(value = "0", message = "must be between 0 and 14") @DecimalMax(value = "14", message = "must be between 0 and 14")
        BigDecimal ph,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal freeChlorine,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal alkalinity,
        @Size(max = 20) List<@Size(max = 200) String> photoRefs,
        @Size(max = 4000) String notes) {
}
