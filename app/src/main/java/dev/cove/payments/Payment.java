package dev.cove.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record Payment(UUID id, UUID invoiceId, BigDecimal amount, UUID methodId, String method, LocalDate paidOn,
        String reference, Instant createdAt) {
}
