package dev.cove.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A service visit to a customer's pool. {@code invoiceId} is set once the visit is billed.
 * Readings, photos and notes never leave Cove.
 */
public record Visit(UUID id, UUID customerId, LocalDate date, String description, UUID itemId, BigDecimal price,
        BigDecimal ph, BigDecimal freeChlorine, BigDecimal alkalinity, List<String> photoRefs, String notes,
        UUID invoiceId) {

    public boolean billed() {
        return invoiceId != null;
    }
}
