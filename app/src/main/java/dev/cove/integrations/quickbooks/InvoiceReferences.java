package dev.cove.integrations.quickbooks;

import java.util.Map;
import java.util.UUID;

/**
 * What an invoice points at in QuickBooks: the customer, the items by Cove item id (and the item
 * used for lines without one), the term, the QuickBooks tax code mapped to the invoice's Cove tax
 * rate (may be null when the invoice is untaxed) and the company's tax model.
 */
public record InvoiceReferences(String customerId, Map<UUID, String> itemIds, String defaultItemId, String termId,
        String taxCodeId, SalesTaxModel tax) {
}
