package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A QuickBooks Payment; its lines link it to the invoices it pays, the rest is {@code unappliedAmt}. */
public record QboPayment(String id, String syncToken, QboRef customerRef, BigDecimal totalAmt, LocalDate txnDate,
        QboRef paymentMethodRef, String paymentRefNum, QboRef depositToAccountRef, List<QboLine> line,
        BigDecimal unappliedAmt, String privateNote, QboMetaData metaData) {
}
