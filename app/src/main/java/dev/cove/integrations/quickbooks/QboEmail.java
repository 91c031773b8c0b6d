package dev.cove.integrations.quickbooks;

/** {@code PrimaryEmailAddr}, {@code BillEmail}. */
public record QboEmail(String address) {
}
