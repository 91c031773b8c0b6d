package dev.cove.sales;

/** A quote is drafted, sent to the customer, then accepted or declined. Accepted and declined are final. */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, DECLINED;

    public boolean decided() {
        return this == ACCEPTED || this == DECLINED;
    }
}
