package dev.cove.customers;

import java.time.Instant;
import java.util.UUID;

/** A customer of the company: who is billed, where, and in which language. */
public record Customer(UUID id, String displayName, String companyName, String email, String phone,
        Address billingAddress, String language, String notes, boolean active, Instant createdAt, Instant updatedAt) {
}
