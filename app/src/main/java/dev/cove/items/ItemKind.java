package dev.cove.items;

/** What an item is: labour sold by the hour or visit, a product bought to order, or stocked goods. */
public enum ItemKind {
    SERVICE, NON_INVENTORY, INVENTORY;

    /** The words staff see for the kind. */
    public String label() {
        return switch (this) {
            case SERVICE -> "Service";
            case NON_INVENTORY -> "Non-inventory product";
            case INVENTORY -> "Inventory product";
        };
    }
}
