package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a sales form or payment. Sales forms use {@code detailType}
 * {@code SalesItemLineDetail} (QuickBooks adds a {@code SubTotalLineDetail} line in responses);
 * payment lines carry {@code linkedTxn} instead.
 */
public record QboLine(String id, Integer lineNum, BigDecimal amount, String detailType, String description,
        QboSalesItemLineDetail salesItemLineDetail, List<QboLinkedTxn> linkedTxn) {

    public static QboLine salesItem(BigDecimal amount, String description, QboSalesItemLineDetail detail) {
        return new QboLine(null, null, amount, "SalesItemLineDetail", description, detail, null);
    }
}
