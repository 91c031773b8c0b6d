package dev.cove.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class InvoiceTotalsTest {

    @Test
    void lineAmountsRoundHalfUpToTheCurrencyMinorUnit() {
        assertThat(InvoiceTotals.lineAmount(new BigDecimal("3"), new BigDecimal("19.99"), 2)).isEqualByComparingTo("59.97");
        assertThat(InvoiceTotals.lineAmount(new BigDecimal("0.125"), new BigDecimal("1.00"), 2)).isEqualTo(new BigDecimal("0.13"));
        assertThat(InvoiceTotals.lineAmount(new BigDecimal("1.5"), new BigDecimal("1000"), 0)).isEqualTo(new BigDecimal("1500"));
    }

    @Test
    void taxIsComputedOnceOnTheSumOfTaxableLines() {
        List<PricedLine> lines = List.of(line("0.05", true), line("0.05", true), line("0.05", true), line("10.00", false));

        InvoiceTotals totals = InvoiceTotals.of(lines, new BigDecimal("10"), 2);

        // per-line rounding would give 3 x 0.01 = 0.03; on the sum 0.15 x 10% = 0.015 -> 0.02
        assertThat(totals.subtotal()).isEqualTo(new BigDecimal("10.15"));
        assertThat(totals.taxTotal()).isEqualTo(new BigDecimal("0.02"));
        assertThat(totals.total()).isEqualTo(new BigDecimal("10.17"));
    }

    @Test
    void noTaxRateMeansNoTax() {
        InvoiceTotals totals = InvoiceTotals.of(List.of(line("85.00", true)), BigDecimal.ZERO, 2);
        assertThat(totals.taxTotal()).isEqualByComparingTo("0");
        assertThat(totals.total()).isEqualTo(new BigDecimal("85.00"));
    }

    private static PricedLine line(String amount, boolean taxable) {
        return new PricedLine(null, "x", BigDecimal.ONE, new BigDecimal(amount), new BigDecimal(amount), taxable, null, null);
    }
}
