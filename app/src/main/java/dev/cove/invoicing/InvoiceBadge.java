package dev.cove.invoicing;

/**
 * A short mark shown next to an invoice's status by another module, e.g. "Changed in QuickBooks".
 *
 * @param id    a stable, HTML-id-safe name, e.g. {@code quickbooks-changed}
 * @param label the words on the badge
 * @param title the longer explanation shown on hover; may be null
 */
public record InvoiceBadge(String id, String label, String title) {
}
