package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A QuickBooks Invoice. {@code totalAmt}, {@code balance} and {@code linkedTxn} (the payments
 * applied) are computed by QuickBooks; {@code globalTaxCalculation} matters only to non-US companies.
 */
public record QboInvoice(String id, String syncToken, String docNumber, QboRef customerRef, LocalDate txnDate,
        LocalDate dueDate, QboRef salesTermRef, QboEmail billEmail, List<QboLine> line, QboTxnTaxDetail txnTaxDetail,
        String globalTaxCalculation, BigDecimal totalAmt, BigDecimal balance, List<QboLinkedTxn> linkedTxn,
        String privateNote, QboMetaData metaData) {
}
