package dev.cove.integrations.quickbooks;

import java.math.BigDecimal;

/** The transaction's tax: the US tax code applied to {@code TAX} lines, and the tax total. */
public record QboTxnTaxDetail(QboRef txnTaxCodeRef, BigDecimal totalTax) {
}
