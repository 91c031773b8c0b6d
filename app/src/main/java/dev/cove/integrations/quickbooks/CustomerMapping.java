package dev.cove.integrations.quickbooks;

import dev.cove.shared.Text;
import dev.cove.customers.Address;
import dev.cove.customers.Customer;
import dev.cove.customers.CustomerDetails;

/**
 * Cove customers to QuickBooks customers and back. Only the billing identity crosses: display
 * name, company, email, phone and billing address (and whether the customer is active). Notes,
 * language and visits never leave Cove; coming back, they are kept from the Cove record.
 */
public final class CustomerMapping {

    static final int MAX_DISPLAY_NAME = 500;

    private CustomerMapping() {
    }

    /** The QuickBooks customer for a create, or the fields of a sparse update (add Id and SyncToken). */
    public static QboCustomer toQuickBooks(Customer customer) {
        Address a = customer.billingAddress();
        QboAddress address = a == null || a.oneLine().isEmpty() ? null
                : new QboAddress(null, Text.blankToNull(a.line1()), Text.blankToNull(a.line2()),
                        Text.blankToNull(a.city()), Text.blankToNull(a.region()), Text.blankToNull(a.postalCode()),
                        Text.blankToNull(a.country()));
        String email = Text.blankToNull(customer.email());
        String phone = Text.blankToNull(customer.phone());
        return new QboCustomer(null, null, Names.listName(customer.displayName(), MAX_DISPLAY_NAME), null, null,
                Text.blankToNull(customer.companyName()), email == null ? null : new QboEmail(email),
                phone == null ? null : new QboPhone(phone), address, null, customer.active(), null, null);
    }

    /**
     * A QuickBooks change as Cove customer details. {@code current} is the linked Cove customer,
     * or null for a customer new to Cove; its language and notes are kept as they are.
     */
    public static CustomerDetails toCove(QboCustomer remote, Customer current) {
        QboAddress b = remote.billAddr();
        Address address = b == null ? Address.EMPTY
                : new Address(b.line1(), b.line2(), b.city(), b.countrySubDivisionCode(), b.postalCode(),
                        country(b.country()));
        return new CustomerDetails(remote.displayName(), remote.companyName(),
                remote.primaryEmailAddr() == null ? null : remote.primaryEmailAddr().address(),
                remote.primaryPhone() == null ? null : remote.primaryPhone().freeFormNumber(), address,
                current == null ? null : current.language(), current == null ? null : current.notes()).normalized();
    }

    /** Cove keeps ISO alpha-2 codes; QuickBooks holds free text ("USA", "United States"): keep only codes. */
    private static String country(String text) {
        String value = Text.blankToNull(text);
        return value != null && value.matches("[A-Za-z]{2}") ? value.toUpperCase(java.util.Locale.ROOT) : null;
    }
}
