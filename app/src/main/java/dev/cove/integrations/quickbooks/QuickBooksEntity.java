package dev.cove.integrations.quickbooks;

import java.util.Locale;

/**
 * A QuickBooks entity the client reads or writes: its name in JSON envelopes and queries, and the
 * record it maps to.
 */
public record QuickBooksEntity<T>(String name, Class<T> type) {

    public static final QuickBooksEntity<QboCustomer> CUSTOMER = new QuickBooksEntity<>("Customer", QboCustomer.class);
    public static final QuickBooksEntity<QboItem> ITEM = new QuickBooksEntity<>("Item", QboItem.class);
    public static final QuickBooksEntity<QboInvoice> INVOICE = new QuickBooksEntity<>("Invoice", QboInvoice.class);
    public static final QuickBooksEntity<QboPayment> PAYMENT = new QuickBooksEntity<>("Payment", QboPayment.class);
    public static final QuickBooksEntity<QboRefundReceipt> REFUND_RECEIPT =
            new QuickBooksEntity<>("RefundReceipt", QboRefundReceipt.class);
    public static final QuickBooksEntity<QboAccount> ACCOUNT = new QuickBooksEntity<>("Account", QboAccount.class);
    public static final QuickBooksEntity<QboTaxCode> TAX_CODE = new QuickBooksEntity<>("TaxCode", QboTaxCode.class);
    public static final QuickBooksEntity<QboTaxRate> TAX_RATE = new QuickBooksEntity<>("TaxRate", QboTaxRate.class);
    public static final QuickBooksEntity<QboTerm> TERM = new QuickBooksEntity<>("Term", QboTerm.class);
    public static final QuickBooksEntity<QboPaymentMethod> PAYMENT_METHOD =
            new QuickBooksEntity<>("PaymentMethod", QboPaymentMethod.class);

    /** The lowercase path segment: {@code /v3/company/{realm}/refundreceipt}. */
    String path() {
        return name.toLowerCase(Locale.ROOT);
    }
}
