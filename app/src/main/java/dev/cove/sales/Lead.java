package dev.cove.sales;

import java.time.Instant;
import java.util.UUID;

/** Someone who might become a customer. {@code email}, {@code phone} and {@code notes} may be null. */
public record Lead(UUID id, String name, String email, String phone, String source, String notes, Instant createdAt) {
}
