package dev.cove.integrations.quickbooks;

import java.util.UUID;

import dev.cove.customers.Customer;
import dev.cove.items.Item;

/**
 * A Cove record to match: its name, its second key (email for customers, SKU for items; may be
 * null) and the QuickBooks id it is already linked to (null when not linked).
 */
public record MatchCandidate(UUID coveId, String name, String secondaryKey, String linkedRemoteId) {

    public static MatchCandidate of(Customer customer, String linkedRemoteId) {
        return new MatchCandidate(customer.id(), customer.displayName(), customer.email(), linkedRemoteId);
    }

    public static MatchCandidate of(Item item, String linkedRemoteId) {
        return new MatchCandidate(item.id(), item.name(), item.sku(), linkedRemoteId);
    }
}
