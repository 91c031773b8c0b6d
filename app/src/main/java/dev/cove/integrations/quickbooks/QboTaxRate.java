package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;

/** A QuickBooks TaxRate (read only); {@code rateValue} is a percentage. */
public record QboTaxRate(String id, String name, BigDecimal rateValue, Boolean active) {
}
