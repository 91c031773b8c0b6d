package dev.cove.settings;

import java.util.UUID;

/** A way a customer pays (cash, check, card...), recorded with each payment. */
public record PaymentMethod(UUID id, String name, boolean active) {
}
