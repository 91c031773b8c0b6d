package dev.cove.sandbox.quickbooks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The QBO entities the sandbox serves, with what the real API lets a client do to each. */
enum EntityType {
    Customer(true, false, false, false),
    Item(true, false, false, false),
    Account(true, false, false, false),
    Term(true, false, false, false),
    PaymentMethod(true, false, false, false),
    TaxCode(true, true, false, false),
    TaxRate(true, true, false, false),
    Invoice(false, false, true, true),
    Payment(false, false, true, true),
    CreditMemo(false, false, true, false),
    RefundReceipt(false, false, true, true),
    CompanyInfo(false, true, false, false),
    Preferences(false, false, false, false);

    /** List entities carry {@code Active}; queries hide inactive ones unless asked. */
    final boolean list;
    /** Served but not writable through the API (tax codes and rates come from the tax engine). */
    final boolean readOnly;
    final boolean deletable;
    final boolean voidable;

    EntityType(boolean list, boolean readOnly, boolean deletable, boolean voidable) {
        this.list = list;
        this.readOnly = readOnly;
        this.deletable = deletable;
        this.voidable = voidable;
    }

    boolean transaction() {
        return this == Invoice || this == Payment || this == CreditMemo || this == RefundReceipt;
    }

    /** Matches the lowercase URL segment ({@code refundreceipt}) or the name in any case. */
    static Optional<EntityType> parse(String name) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
