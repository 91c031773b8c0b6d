package dev.cove.sales;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of a quote. {@code amount} is {@code quantity × unitPrice} rounded to cents; {@code itemId} may be null. */
public record QuoteLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, UUID itemId) {
}
