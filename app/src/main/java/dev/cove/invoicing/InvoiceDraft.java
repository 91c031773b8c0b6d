package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create or change an invoice. Optional parts default sensibly: issue date
 * today, the company's default terms, a due date from the terms, no tax. A line naming an item
 * may leave out its description and unit price to take the item's.
 */
public record InvoiceDraft(
        @NotNull(message = "is required") UUID customerId,
        LocalDate issueDate,
        UUID termsId,
        LocalDate dueDate,
        UUID taxRateId,
        @Size(max = 4000) String notes,
        @NotEmpty(message = "must have at least one line") @Size(max = 200) List<@Valid @NotNull LineDraft> lines) {

    public record LineDraft(
            LocalDate serviceDate,
            @Size(max = 500) String description,
            @Positive(message = "must be greater than zero")
            @Digits(integer = 9, fraction = 3, message = "must have at most 3 decimals") BigDecimal quantity,
            @DecimalMin(value = "0.00", message = "must not be negative")
            @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals") BigDecimal unitPrice,
            UUID itemId,
            UUID visitId,
            Boolean taxable) {
    }
}
