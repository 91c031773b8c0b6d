package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A QuickBooks RefundReceipt: money paid back out of {@code depositToAccountRef} (required). */
public record QboRefundReceipt(String id, String syncToken, String docNumber, QboRef customerRef, LocalDate txnDate,
        QboRef depositToAccountRef, QboRef paymentMethodRef, List<QboLine> line, String globalTaxCalculation,
        QboTxnTaxDetail txnTaxDetail, BigDecimal totalAmt, String privateNote, QboMetaData metaData) {
}
