package dev.cove.integrations.quickbooks.inbound;

/** A QuickBooks change met one of Cove's own writes still in flight: it is tried again a little later. */
class ChangeDeferred extends RuntimeException {

    ChangeDeferred(String message) {
        super(message);
    }
}
