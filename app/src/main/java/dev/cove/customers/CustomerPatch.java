package dev.cove.customers;

/**
 * A partial change to a customer: absent ({@code null}) fields keep their value, an empty string
 * clears an optional one. {@code active=false} deactivates, {@code true} reactivates.
 */
record CustomerPatch(String displayName, String companyName, String email, String phone, Address billingAddress,
        String language, String notes, Boolean active) {

    CustomerDetails applyTo(Customer c) {
        Address a = c.billingAddress();
        Address p = billingAddress == null ? Address.EMPTY : billingAddress;
        return new CustomerDetails(or(displayName, c.displayName()), or(companyName, c.companyName()),
                or(email, c.email()), or(phone, c.phone()),
                new Address(or(p.line1(), a.line1()), or(p.line2(), a.line2()), or(p.city(), a.city()),
                        or(p.region(), a.region()), or(p.postalCode(), a.postalCode()), or(p.country(), a.country())),
                or(language, c.language()), or(notes, c.notes()));
    }

    private static String or(String change, String current) {
        return change != null ? change : current;
    }
}
