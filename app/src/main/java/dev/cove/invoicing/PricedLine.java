package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A draft line with every default resolved and its amount computed, ready to store. */
record PricedLine(LocalDate serviceDate, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal amount, boolean taxable, UUID itemId, UUID visitId) {
}
