package dev.cove.integrations.quickbooks;

/** {@code PrimaryPhone}. */
public record QboPhone(String freeFormNumber) {
}
