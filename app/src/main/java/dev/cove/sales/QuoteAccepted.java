package dev.cove.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import dev.cove.shared.CompanyId;

/** The customer accepted the quote. Published exactly once per quote. */
public record QuoteAccepted(CompanyId companyId, UUID quoteId, UUID customerId, String title, BigDecimal total,
        Instant acceptedAt) {
}
