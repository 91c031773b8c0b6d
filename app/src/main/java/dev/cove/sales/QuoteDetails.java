package dev.cove.sales;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff or an API client enter for a new quote: a customer of the company, a title and at least one line. */
public record QuoteDetails(
        @NotNull(message = "is required") UUID customerId,
        @NotBlank(message = "is required") @Size(max = 200) String title,
        @NotEmpty(message = "must have at least one line") @Size(max = 100) List<@Valid @NotNull QuoteLineDetails> lines) {
}
