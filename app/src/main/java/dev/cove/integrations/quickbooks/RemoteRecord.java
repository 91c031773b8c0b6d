package dev.cove.integrations.quickbooks;

/**
 * A QuickBooks record the preview can match to: id, name, second key (email or SKU, may be null)
 * and whether it is active. Fetch inactive ones too ({@link QuickBooksQuery#activeOrNot()}): their
 * names still block creation (6240).
 */
public record RemoteRecord(String id, String name, String secondaryKey, boolean active) {

    public static RemoteRecord of(QboCustomer customer) {
        return new RemoteRecord(customer.id(), customer.displayName(),
                customer.primaryEmailAddr() == null ? null : customer.primaryEmailAddr().address(), customer.activeInQuickBooks());
    }

    public static RemoteRecord of(QboItem item) {
        return new RemoteRecord(item.id(), item.name(), item.sku(), item.activeInQuickBooks());
    }
}
