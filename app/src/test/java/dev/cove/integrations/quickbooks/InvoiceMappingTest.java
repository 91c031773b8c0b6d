package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InvoiceMappingTest {

    private final Map<java.util.UUID, String> items = Map.of(CoveRecords.SERVICE_ITEM, "1", CoveRecords.CHLORINE_ITEM, "2");

    @Test
    void usInvoiceMarksLinesTaxOrNonAndCarriesTheMappedCode() {
        var customer = CoveRecords.customer("Maria Lopez");
        var invoice = CoveRecords.invoice(customer, CoveRecords.visit(customer.id()));

        QboInvoice mapped = InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences("58", items, null, "3", "3", SalesTaxModel.us(false)));

        assertThat(mapped.docNumber()).isEqualTo("1042");
        assertThat(mapped.customerRef().value()).isEqualTo("58");
        assertThat(mapped.txnDate()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(mapped.dueDate()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(mapped.salesTermRef().value()).isEqualTo("3");
        assertThat(mapped.line()).hasSize(2);
        var service = mapped.line().get(0);
        assertThat(service.detailType()).isEqualTo("SalesItemLineDetail");
        assertThat(service.description()).isEqualTo("Weekly pool service");
        assertThat(service.amount()).isEqualByComparingTo("120.00");
        assertThat(service.salesItemLineDetail().serviceDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(service.salesItemLineDetail().itemRef().value()).isEqualTo("1");
        assertThat(service.salesItemLineDetail().taxCodeRef().value()).isEqualTo("NON");
        var chlorine = mapped.line().get(1).salesItemLineDetail();
        assertThat(chlorine.qty()).isEqualByComparingTo("2");
        assertThat(chlorine.unitPrice()).isEqualByComparingTo("45.00");
        assertThat(chlorine.taxCodeRef().value()).isEqualTo("TAX");
        assertThat(mapped.txnTaxDetail().txnTaxCodeRef().value()).isEqualTo("3");
        assertThat(mapped.txnTaxDetail().totalTax()).isNull();
        assertThat(mapped.globalTaxCalculation()).isNull();
    }

    @Test
    void automatedSalesTaxGetsCovesTaxTotal() {
        var customer = CoveRecords.customer("Maria Lopez");
        var invoice = CoveRecords.invoice(customer, CoveRecords.visit(customer.id()));

        QboInvoice mapped = InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences("58", items, null, null, null, SalesTaxModel.us(true)));

        assertThat(mapped.txnTaxDetail().txnTaxCodeRef()).isNull();
        assertThat(mapped.txnTaxDetail().totalTax()).isEqualByComparingTo("6.75");
    }

    @Test
    void nonUsInvoicePutsACodeOnEveryLine() {
        var customer = CoveRecords.customer("Maria Lopez");
        var invoice = CoveRecords.invoice(customer, CoveRecords.visit(customer.id()));

        QboInvoice mapped = InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences("58", items, null, null, "GST-3", SalesTaxModel.perLine("FRE-4")));

        assertThat(mapped.line()).extracting(l -> l.salesItemLineDetail().taxCodeRef().value())
            .containsExactly("FRE-4", "GST-3");
        assertThat(mapped.txnTaxDetail()).isNull();
        assertThat(mapped.globalTaxCalculation()).isEqualTo("TaxExcluded");
    }

    @Test
    void unmappedTaxRatesAndItemsAreReportedNotGuessed() {
        var customer = CoveRecords.customer("Maria Lopez");
        var invoice = CoveRecords.invoice(customer, CoveRecords.visit(customer.id()));

        assertThatThrownBy(() -> InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences("58", items, null, null, null, SalesTaxModel.us(false))))
            .isInstanceOf(MappingIncomplete.class).hasMessageContaining("tax rate");
        assertThatThrownBy(() -> InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences("58", Map.of(), null, null, "3", SalesTaxModel.us(false))))
            .isInstanceOf(MappingIncomplete.class).hasMessageContaining("Line 1");
        QboInvoice fallback = InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences("58", Map.of(), "9", null, "3", SalesTaxModel.us(false)));
        assertThat(fallback.line()).allSatisfy(l -> assertThat(l.salesItemLineDetail().itemRef().value()).isEqualTo("9"));
    }

    @Test
    void privateVisitAndCustomerDataNeverLeaveCove() {
        var customer = CoveRecords.customer("Maria Lopez");
        var visit = CoveRecords.visit(customer.id());
        var invoice = CoveRecords.invoice(customer, visit);

        String json = QuickBooksJson.MAPPER.writeValueAsString(InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences("58", items, null, null, "3", SalesTaxModel.us(false))))
                + QuickBooksJson.MAPPER.writeValueAsString(CustomerMapping.toQuickBooks(customer));

        assertThat(json).contains("Weekly pool service", "1042")
            .doesNotContain(visit.notes(), "secret-pool-photo", "7.4", "3.1", "\"95\"", customer.notes(),
                    "\"es\"", invoice.notes(), visit.id().toString());
    }

    @Test
    void longDescriptionsAreShortened() {
        var customer = CoveRecords.customer("Maria Lopez");
        var invoice = CoveRecords.invoice(customer, CoveRecords.visit(customer.id()));
        var line = invoice.lines().get(0);
        var longLine = new dev.cove.invoicing.InvoiceLine(line.id(), 1, line.serviceDate(), "x".repeat(5000),
                BigDecimal.ONE, line.unitPrice(), line.amount(), false, line.itemId(), line.visitId());
        var longInvoice = new dev.cove.invoicing.Invoice(invoice.id(), invoice.number(), invoice.customerId(),
                invoice.customerName(), invoice.status(), invoice.issueDate(), invoice.dueDate(), null, null, null,
                "USD", invoice.subtotal(), BigDecimal.ZERO, invoice.total(), BigDecimal.ZERO, BigDecimal.ZERO,
                invoice.total(), null, java.util.List.of(longLine), null, null, null, null);

        QboInvoice mapped = InvoiceMapping.toQuickBooks(longInvoice,
                new InvoiceReferences("58", items, null, null, null, SalesTaxModel.us(false)));

        assertThat(mapped.line().get(0).description()).hasSize(InvoiceMapping.MAX_DESCRIPTION);
        assertThat(mapped.txnTaxDetail()).isNull();
    }
}
