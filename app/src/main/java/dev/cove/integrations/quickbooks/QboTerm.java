package dev.cove.integrations.quickbooks;

/** A QuickBooks Term: {@code dueDays} after the transaction date. */
public record QboTerm(String id, String syncToken, String name, Integer dueDays, Boolean active) {
}
