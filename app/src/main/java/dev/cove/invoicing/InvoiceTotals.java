package dev.cove.invoicing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Exact invoice arithmetic. Line amounts are rounded half-up to the currency's minor unit; tax
 * is computed once on the sum of taxable lines (not per line), so it never drifts by a cent.
 */
record InvoiceTotals(BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice, int digits) {
        return quantity.multiply(unitPrice).setScale(digits, RoundingMode.HALF_UP);
    }

    /** @param ratePercent the tax rate in percent, e.g. 7.5 */
    static InvoiceTotals of(List<PricedLine> lines, BigDecimal ratePercent, int digits) {
        BigDecimal subtotal = BigDecimal.ZERO.setScale(digits);
        BigDecimal taxable = BigDecimal.ZERO.setScale(digits);
        for (PricedLine line : lines) {
            subtotal = subtotal.add(line.amount());
            if (line.taxable()) {
                taxable = taxable.add(line.amount());
            }
        }
        BigDecimal tax = taxable.multiply(ratePercent).divide(HUNDRED, digits, RoundingMode.HALF_UP);
        return new InvoiceTotals(subtotal, tax, subtotal.add(tax));
    }
}
