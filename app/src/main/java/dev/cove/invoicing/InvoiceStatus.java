package dev.cove.invoicing;

/** Where an invoice stands. Only {@code DRAFT} invoices are not yet the customer's debt. */
public enum InvoiceStatus {
    DRAFT, SENT, PARTIALLY_PAID, PAID, VOID;

    public boolean payable() {
        return this == SENT || this == PARTIALLY_PAID;
    }
}
