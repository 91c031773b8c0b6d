package dev.cove.integrations.quickbooks;

import java.util.List;

import dev.cove.payments.Payment;

/**
 * Cove payments to QuickBooks payments linked to their invoice ({@code LinkedTxn} of type
 * {@code Invoice}), so QuickBooks shows the invoice paid; deposited to the chosen account.
 */
public final class PaymentMapping {

    static final int MAX_REFERENCE = 21;

    private PaymentMapping() {
    }

    public static QboPayment toQuickBooks(Payment payment, PaymentReferences refs) {
        if (refs.customerId() == null || refs.invoiceId() == null) {
            throw new MappingIncomplete("The invoice of this payment is not in QuickBooks yet");
        }
        QboLine line = new QboLine(null, null, payment.amount(), null, null, null,
                List.of(new QboLinkedTxn(refs.invoiceId(), "Invoice")));
        return new QboPayment(null, null, QboRef.to(refs.customerId()), payment.amount(), payment.paidOn(),
                QboRef.to(refs.paymentMethodId()), Names.truncate(payment.reference(), MAX_REFERENCE),
                QboRef.to(refs.depositAccountId()), List.of(line), null, null, null);
    }
}
