package dev.cove.integrations.sync;

import java.util.Arrays;

/** The kinds of Cove records the sync engine moves, named as the API and the sync log show them. */
public enum RecordType {
    CUSTOMER("Customer"), ITEM("Item"), INVOICE("Invoice"), PAYMENT("Payment"), REFUND("Refund"),
    APPOINTMENT("Appointment");

    private final String label;

    RecordType(String label) {
        this.label = label;
    }

    /** The name used in {@code scope} lists, links and the sync log, e.g. {@code Invoice}. */
    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for a name that is not a record type */
    public static RecordType of(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown record type '" + label + "'"));
    }
}
