package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.integrations.AccessToken;
import dev.cove.integrations.quickbooks.QuickBooksFault.Kind;
import dev.cove.items.ItemKind;
import dev.cove.payments.Payment;
import dev.cove.payments.Refund;

/** Cove's mapped invoices, payments and refunds accepted by the QuickBooks sandbox under both tax models. */
@IntegrationTest
class QuickBooksSalesIntegrationTest {

    @Autowired
    QuickBooksClient client;

    @Autowired
    TestCompanies companies;

    private static String rid() {
        return UUID.randomUUID().toString();
    }

    private String account(AccessToken token, String name) {
        return client.queryAll(token, QuickBooksEntity.ACCOUNT, QuickBooksQuery.equalTo("Name", name), 10).get(0).id();
    }

    private Map<UUID, String> items(AccessToken token) {
        String income = account(token, "Services");
        QboItem service = client.create(token, QuickBooksEntity.ITEM,
                ItemMapping.toQuickBooks(CoveRecords.item("Weekly Pool Service", ItemKind.SERVICE), ItemAccounts.income(income)),
                rid());
        QboItem chlorine = client.create(token, QuickBooksEntity.ITEM,
                ItemMapping.toQuickBooks(CoveRecords.item("Chlorine Tablets", ItemKind.NON_INVENTORY),
                        ItemAccounts.income(account(token, "Sales of Product Income"))), rid());
        return Map.of(CoveRecords.SERVICE_ITEM, service.id(), CoveRecords.CHLORINE_ITEM, chlorine.id());
    }

    @Test
    void usInvoiceIsTaxedPaidRefundedVoidedAndSeenByChangeDataCapture() {
        SandboxRealms sandbox = new SandboxRealms(companies.baseUrl());
        String realm = sandbox.openCompany("US");
        AccessToken token = sandbox.connect(realm);
        Instant start = Instant.now().minusSeconds(2);
        var customer = CoveRecords.customer("Maria Lopez");
        var invoice = CoveRecords.invoice(customer, CoveRecords.visit(customer.id()));
        Map<UUID, String> items = items(token);
        QboCustomer qboCustomer = client.create(token, QuickBooksEntity.CUSTOMER, CustomerMapping.toQuickBooks(customer), rid());
        String hillsborough = client.queryAll(token, QuickBooksEntity.TAX_CODE,
                QuickBooksQuery.equalTo("Name", "Hillsborough County"), 10).get(0).id();

        QboInvoice pushed = client.create(token, QuickBooksEntity.INVOICE, InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences(qboCustomer.id(), items, null, null, hillsborough, SalesTaxModel.us(false))), rid());

        assertThat(pushed.docNumber()).isEqualTo("1042");
        assertThat(pushed.txnTaxDetail().totalTax()).isEqualByComparingTo(invoice.taxTotal());
        assertThat(pushed.totalAmt()).isEqualByComparingTo(invoice.total());
        assertThat(pushed.balance()).isEqualByComparingTo("216.75");
        assertThat(pushed.dueDate()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(pushed.line()).filteredOn(l -> "SalesItemLineDetail".equals(l.detailType()))
            .extracting(l -> l.salesItemLineDetail().taxCodeRef().value()).containsExactly("NON", "TAX");

        String checking = account(token, "Business Checking");
        String check = client.queryAll(token, QuickBooksEntity.PAYMENT_METHOD, QuickBooksQuery.equalTo("Name", "Check"), 10)
            .get(0).id();
        var payment = new Payment(UUID.randomUUID(), invoice.id(), invoice.total(), UUID.randomUUID(), "Check",
                LocalDate.of(2026, 5, 20), "Check 1001", Instant.now());
        QboPayment paid = client.create(token, QuickBooksEntity.PAYMENT,
                PaymentMapping.toQuickBooks(payment, new PaymentReferences(qboCustomer.id(), pushed.id(), checking, check)), rid());
        QboInvoice afterPayment = client.read(token, QuickBooksEntity.INVOICE, pushed.id());

        assertThat(paid.unappliedAmt()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(paid.depositToAccountRef().value()).isEqualTo(checking);
        assertThat(afterPayment.balance()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(afterPayment.linkedTxn()).containsExactly(new QboLinkedTxn(paid.id(), "Payment"));
        assertThat(afterPayment.syncToken()).as("a payment bumps the invoice's SyncToken").isNotEqualTo(pushed.syncToken());

        var refund = new Refund(UUID.randomUUID(), invoice.id(), payment.id(), new BigDecimal("40.00"),
                LocalDate.of(2026, 6, 1), "Missed visit", Instant.now());
        QboRefundReceipt refunded = client.create(token, QuickBooksEntity.REFUND_RECEIPT, RefundMapping.toQuickBooks(refund,
                invoice.number(), new RefundReferences(qboCustomer.id(), checking, items.get(CoveRecords.SERVICE_ITEM),
                        "NON", check, SalesTaxModel.us(false))), rid());

        assertThat(refunded.totalAmt()).isEqualByComparingTo("40.00");
        assertThat(refunded.depositToAccountRef().value()).isEqualTo(checking);

        QboPayment voided = client.voidTransaction(token, QuickBooksEntity.PAYMENT, paid.id(), paid.syncToken(), rid());
        QboInvoice reopened = client.read(token, QuickBooksEntity.INVOICE, pushed.id());
        QboInvoice voidedInvoice = client.voidTransaction(token, QuickBooksEntity.INVOICE, reopened.id(),
                reopened.syncToken(), rid());

        assertThat(voided.totalAmt()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(reopened.balance()).isEqualByComparingTo("216.75");
        assertThat(voidedInvoice.totalAmt()).isEqualByComparingTo(BigDecimal.ZERO);

        ChangeDataCapture changes = client.changedSince(token, List.of(QuickBooksEntity.CUSTOMER, QuickBooksEntity.ITEM,
                QuickBooksEntity.INVOICE, QuickBooksEntity.PAYMENT, QuickBooksEntity.REFUND_RECEIPT), start);

        assertThat(changes.records(QuickBooksEntity.CUSTOMER)).extracting(QboCustomer::id).containsExactly(qboCustomer.id());
        assertThat(changes.records(QuickBooksEntity.ITEM)).hasSize(2);
        assertThat(changes.records(QuickBooksEntity.INVOICE)).singleElement()
            .satisfies(i -> assertThat(i.totalAmt()).isEqualByComparingTo(BigDecimal.ZERO));
        assertThat(changes.records(QuickBooksEntity.PAYMENT)).extracting(QboPayment::id).containsExactly(paid.id());
        assertThat(changes.records(QuickBooksEntity.REFUND_RECEIPT)).extracting(QboRefundReceipt::id)
            .containsExactly(refunded.id());
        assertThat(client.changedSince(token, List.of(QuickBooksEntity.CUSTOMER), Instant.now().plusSeconds(5)).changes())
            .isEmpty();
    }

    @Test
    void australianInvoiceCarriesAGstCodeOnEveryLine() {
        SandboxRealms sandbox = new SandboxRealms(companies.baseUrl());
        String realm = sandbox.openCompany("AU");
        AccessToken token = sandbox.connect(realm);
        var customer = CoveRecords.customer("Bondi Pools");
        var invoice = CoveRecords.invoice(customer, CoveRecords.visit(customer.id()));
        Map<UUID, String> items = items(token);
        QboCustomer qboCustomer = client.create(token, QuickBooksEntity.CUSTOMER, CustomerMapping.toQuickBooks(customer), rid());
        List<QboTaxCode> codes = client.queryAll(token, QuickBooksEntity.TAX_CODE, null, 100);
        String gst = codes.stream().filter(c -> c.name().equals("GST")).findFirst().orElseThrow().id();
        String free = codes.stream().filter(c -> c.name().equals("FRE")).findFirst().orElseThrow().id();

        QboInvoice pushed = client.create(token, QuickBooksEntity.INVOICE, InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences(qboCustomer.id(), items, null, null, gst, SalesTaxModel.perLine(free))), rid());
        QboInvoice usModel = InvoiceMapping.toQuickBooks(invoice,
                new InvoiceReferences(qboCustomer.id(), items, null, null, gst, SalesTaxModel.us(false)));
        QboInvoice withoutCodes = new QboInvoice(null, null, "1043", QboRef.to(qboCustomer.id()), null, null, null, null,
                usModel.line().stream().map(l -> QboLine.salesItem(l.amount(), l.description(),
                        new QboSalesItemLineDetail(l.salesItemLineDetail().itemRef(), l.salesItemLineDetail().qty(),
                                l.salesItemLineDetail().unitPrice(), null, null))).toList(),
                null, null, null, null, null, null, null);
        QuickBooksFault missing = catchThrowableOfType(QuickBooksFault.class,
                () -> client.create(token, QuickBooksEntity.INVOICE, withoutCodes, rid()));

        assertThat(client.companyInfo(token).usTaxModel()).isFalse();
        assertThat(pushed.globalTaxCalculation()).isEqualTo("TaxExcluded");
        assertThat(pushed.txnTaxDetail().totalTax()).as("10% GST on the chlorine line only").isEqualByComparingTo("9.00");
        assertThat(pushed.totalAmt()).isEqualByComparingTo("219.00");
        assertThat(missing.code()).isEqualTo("6000");
        assertThat(missing.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(missing.detail()).contains("GST/HST/VAT rate");
    }
}
