package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The item, quantity, price, service date and tax code of a sales line. */
public record QboSalesItemLineDetail(QboRef itemRef, BigDecimal qty, BigDecimal unitPrice, LocalDate serviceDate,
        QboRef taxCodeRef) {
}
