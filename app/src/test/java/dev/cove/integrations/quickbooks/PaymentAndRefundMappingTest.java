package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.cove.payments.Payment;
import dev.cove.payments.Refund;

class PaymentAndRefundMappingTest {

    @Test
    void paymentIsLinkedToItsInvoice() {
        var payment = new Payment(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("216.75"), UUID.randomUUID(),
                "Check", LocalDate.of(2026, 5, 20), "Check 100200300400500600700", Instant.now());

        QboPayment mapped = PaymentMapping.toQuickBooks(payment, new PaymentReferences("58", "130", "35", "2"));

        assertThat(mapped.customerRef().value()).isEqualTo("58");
        assertThat(mapped.totalAmt()).isEqualByComparingTo("216.75");
        assertThat(mapped.txnDate()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(mapped.depositToAccountRef().value()).isEqualTo("35");
        assertThat(mapped.paymentMethodRef().value()).isEqualTo("2");
        assertThat(mapped.paymentRefNum()).hasSize(PaymentMapping.MAX_REFERENCE);
        assertThat(mapped.line()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualByComparingTo("216.75");
            assertThat(line.linkedTxn()).containsExactly(new QboLinkedTxn("130", "Invoice"));
        });
    }

    @Test
    void refundIsAReceiptFromTheRefundAccount() {
        var refund = new Refund(UUID.randomUUID(), UUID.randomUUID(), null, new BigDecimal("40.00"),
                LocalDate.of(2026, 6, 1), "Missed visit", Instant.now());

        QboRefundReceipt mapped = RefundMapping.toQuickBooks(refund, 1042,
                new RefundReferences("58", "35", "1", "NON", null, SalesTaxModel.us(false)));

        assertThat(mapped.depositToAccountRef().value()).isEqualTo("35");
        assertThat(mapped.customerRef().value()).isEqualTo("58");
        assertThat(mapped.txnDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(mapped.line()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualByComparingTo("40.00");
            assertThat(line.description()).isEqualTo("Refund for invoice 1042");
            assertThat(line.salesItemLineDetail().taxCodeRef().value()).isEqualTo("NON");
        });
        assertThatThrownBy(() -> RefundMapping.toQuickBooks(refund, 1042,
                new RefundReferences("58", null, "1", "NON", null, SalesTaxModel.us(false))))
            .isInstanceOf(MappingIncomplete.class);
    }
}
