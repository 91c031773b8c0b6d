package dev.cove.integrations.quickbooks;

/** A QuickBooks PaymentMethod; {@code type} is {@code CREDIT_CARD} or {@code NON_CREDIT_CARD}. */
public record QboPaymentMethod(String id, String syncToken, String name, String type, Boolean active) {
}
