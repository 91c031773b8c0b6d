package dev.cove.integrations.quickbooks;

/**
 * A record cannot be mapped yet because a QuickBooks setting is missing (an item not linked, a tax
 * rate without a QuickBooks tax code, no income account for a category). Permanent until the user
 * completes the QuickBooks settings; the message says what to set.
 */
public class MappingIncomplete extends RuntimeException {

    public MappingIncomplete(String message) {
        super(message);
    }
}
