package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.util.List;

import dev.cove.payments.Refund;

/**
 * Cove refunds to QuickBooks refund receipts paid from the refund account: one untaxed line for
 * the amount, described with the Cove invoice number; the refund reason goes to the private note.
 */
public final class RefundMapping {

    private RefundMapping() {
    }

    public static QboRefundReceipt toQuickBooks(Refund refund, long invoiceNumber, RefundReferences refs) {
        if (refs.refundAccountId() == null) {
            throw new MappingIncomplete("Choose the QuickBooks account refunds are paid from");
        }
        if (refs.itemId() == null || refs.lineTaxCodeId() == null) {
            throw new MappingIncomplete("Choose the QuickBooks item and tax code refunds use");
        }
        QboLine line = QboLine.salesItem(refund.amount(), "Refund for invoice " + invoiceNumber,
                new QboSalesItemLineDetail(QboRef.to(refs.itemId()), BigDecimal.ONE, refund.amount(),
                        null, QboRef.to(refs.lineTaxCodeId())));
        return new QboRefundReceipt(null, null, null, QboRef.to(refs.customerId()), refund.refundedOn(),
                QboRef.to(refs.refundAccountId()), QboRef.to(refs.paymentMethodId()), List.of(line),
                refs.tax().us() ? null : "TaxExcluded", null, null, Names.truncate(refund.reason(), 4000), null);
    }
}
