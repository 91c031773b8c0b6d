package dev.cove.integrations.quickbooks;

/** A link from a payment line to the transaction it pays ({@code txnType} {@code Invoice}). */
public record QboLinkedTxn(String txnId, String txnType) {
}
