package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;

/**
 * A QuickBooks Customer. {@code id}, {@code syncToken}, {@code metaData} and {@code balance} are
 * set by QuickBooks; null fields are left out of requests (so a record with only some fields is a
 * natural sparse update).
 */
public record QboCustomer(String id, String syncToken, String displayName, String givenName, String familyName,
        String companyName, QboEmail primaryEmailAddr, QboPhone primaryPhone, QboAddress billAddr,
        QboRef salesTermRef, Boolean active, BigDecimal balance, QboMetaData metaData) {

    /** True unless QuickBooks marked the customer inactive (its way of deleting). Not named isActive: Jackson would take it for a property. */
    public boolean activeInQuickBooks() {
        return active == null || active;
    }
}
