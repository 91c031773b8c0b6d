package dev.cove.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A priced offer to a customer. {@code total} is the exact sum of the line amounts; {@code acceptedAt} is null until accepted. */
public record Quote(UUID id, UUID customerId, String title, QuoteStatus status, List<QuoteLine> lines, BigDecimal total,
        Instant createdAt, Instant acceptedAt) {
}
