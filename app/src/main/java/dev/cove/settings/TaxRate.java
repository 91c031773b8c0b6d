package dev.cove.settings;

import java.math.BigDecimal;
import java.util.UUID;

/** A sales tax rate invoices can apply. {@code rate} is a percentage with up to 4 decimals, e.g. {@code 7.5000}. */
public record TaxRate(UUID id, String name, BigDecimal rate, boolean active) {
}
