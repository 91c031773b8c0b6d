package dev.cove.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new payment method as staff or an API client enter it. */
record PaymentMethodDetails(@NotBlank(message = "is required") @Size(max = 100) String name) {
}
