package dev.cove.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.mail.MailStatus;
import dev.cove.mail.Outbox;
import dev.cove.mail.SentMail;

@IntegrationTest
class InvoiceApiIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Test
    void invoiceTotalsAreExactDecimalsWithTaxOnTaxableLinesOnly() {
        Api api = companies.open("Totals Co").api();
        String customer = customer(api, "Exact Totals");
        String tax = api.post("/api/v1/settings/tax-rates", "{\"name\": \"County tax\", \"rate\": 7.5}").at("/id");

        Api.Response invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "taxRateId": "%s", "lines": [
                  {"description": "Chlorine tablets", "quantity": 3, "unitPrice": 19.99, "taxable": true},
                  {"description": "Weekly service", "serviceDate": "2026-11-02", "quantity": 1, "unitPrice": 0.10},
                  {"description": "Weekly service", "serviceDate": "2026-11-09", "quantity": 1, "unitPrice": 0.20}]}"""
                .formatted(customer, tax));

        assertThat(invoice.status()).isEqualTo(201);
        assertThat(invoice.at("/status")).isEqualTo("DRAFT");
        assertThat(invoice.json().get("number").asLong()).isEqualTo(1001);
        assertThat(invoice.json().get("subtotal").decimalValue()).isEqualByComparingTo("60.27");
        assertThat(invoice.json().get("taxTotal").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(invoice.json().get("total").decimalValue()).isEqualByComparingTo("64.77");
        assertThat(invoice.json().get("balanceDue").decimalValue()).isEqualByComparingTo("64.77");
        assertThat(invoice.at("/lines/1/serviceDate")).isEqualTo("2026-11-02");
        assertThat(invoice.json().get("lines").get(0).get("amount").decimalValue()).isEqualByComparingTo("59.97");

        Api.Response second = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Filter clean", "unitPrice": 65}]}""".formatted(customer));
        assertThat(second.json().get("number").asLong()).isEqualTo(1002);
    }

    @Test
    void invoicesUnbilledVisitsInOneStepAndVoidingReleasesThem() {
        Api api = companies.open("Visits Co").api();
        String customer = customer(api, "Visit Billing");
        visit(api, customer, "2026-11-03", "85.00");
        visit(api, customer, "2026-11-10", "85.00");

        Api.Response invoice = api.post("/api/v1/invoices/from-visits", "{\"customerId\": \"%s\"}".formatted(customer));

        assertThat(invoice.status()).isEqualTo(201);
        assertThat(invoice.json().get("lines").size()).isEqualTo(2);
        assertThat(invoice.at("/lines/0/serviceDate")).isEqualTo("2026-11-03");
        assertThat(invoice.json().get("total").decimalValue()).isEqualByComparingTo("170.00");
        assertThat(api.post("/api/v1/invoices/from-visits", "{\"customerId\": \"%s\"}".formatted(customer)).status())
                .isEqualTo(409);

        Api.Response voided = api.post("/api/v1/invoices/" + invoice.at("/id") + "/void", null);
        assertThat(voided.at("/status")).isEqualTo("VOID");
        assertThat(voided.json().get("balanceDue").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.post("/api/v1/invoices/from-visits", "{\"customerId\": \"%s\"}".formatted(customer)).status())
                .isEqualTo(201);
    }

    @Test
    void sendingMarksTheInvoiceSentAndQueuesItsMailWhichIsDeliveredOnceWithThePdf() {
        TestCompanies.TestCompany company = companies.open("Mailing Co");
        Api api = company.api();
        String customer = customer(api, "Mail Recipient");
        Api.Response invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Weekly service", "quantity": 1, "unitPrice": 85.00}]}"""
                .formatted(customer));

        Api.Response sent = api.post("/api/v1/invoices/" + invoice.at("/id") + "/send", null);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.at("/status")).isEqualTo("SENT");
        List<SentMail> mails = outbox.recent(company.id(), 10);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Invoice #1001 from Mailing Co");
            assertThat(mail.recipient()).isEqualTo("mail.recipient@example.com");
            assertThat(mail.attachment()).isEqualTo("Invoice-1001.pdf");
        });
        UUID mail = mails.get(0).id();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(outbox.recent(company.id(), 10)).singleElement()
                        .satisfies(m -> assertThat(m.status()).isEqualTo(MailStatus.SENT)));
        StaffSession staff = StaffSession.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);
        assertThat(staff.get("/mail/" + mail).text()).contains("Hello Mail Recipient", "Invoice #1001");
        StaffSession.Page pdf = staff.get("/mail/" + mail + "/attachment");
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(outbox.recent(company.id(), 10)).hasSize(1);
    }

    @Test
    void paymentsAndRefundsMoveTheInvoiceThroughItsStatuses() {
        Api api = companies.open("Ledger Co").api();
        String customer = customer(api, "Ledger Customer");
        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Repair", "quantity": 2, "unitPrice": 50.00}]}"""
                .formatted(customer)).at("/id");
        String check = api.get("/api/v1/settings/payment-methods").json().findValues("id").get(0).asString();

        Api.Response unsent = pay(api, invoice, "10.00", check);
        assertThat(unsent.status()).isEqualTo(409);

        Api.Response sent = api.post("/api/v1/invoices/" + invoice + "/send", null);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.at("/status")).isEqualTo("SENT");

        assertThat(pay(api, invoice, "40.00", check).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/invoices/" + invoice).at("/status")).isEqualTo("PARTIALLY_PAID");
        Api.Response overpaid = pay(api, invoice, "60.01", check);
        assertThat(overpaid.status()).isEqualTo(409);
        assertThat(overpaid.at("/errors/0/field")).isEqualTo("amount");
        assertThat(pay(api, invoice, "60.00", check).status()).isEqualTo(201);
        Api.Response paid = api.get("/api/v1/invoices/" + invoice);
        assertThat(paid.at("/status")).isEqualTo("PAID");
        assertThat(paid.json().get("balanceDue").decimalValue()).isEqualByComparingTo("0");

        assertThat(api.post("/api/v1/invoices/" + invoice + "/void", null).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/invoices/" + invoice + "/refunds", "{\"amount\": 100.01}").status()).isEqualTo(409);
        Api.Response refund = api.post("/api/v1/invoices/" + invoice + "/refunds", "{\"amount\": 25.00, \"reason\": \"Goodwill\"}");
        assertThat(refund.status()).isEqualTo(201);
        Api.Response afterRefund = api.get("/api/v1/invoices/" + invoice);
        assertThat(afterRefund.at("/status")).isEqualTo("PARTIALLY_PAID");
        assertThat(afterRefund.json().get("balanceDue").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(api.get("/api/v1/invoices/" + invoice + "/payments").json().size()).isEqualTo(2);
    }

    @Test
    void badInvoicesAreRefusedNamingTheFieldAndWriteNothing() {
        TestCompanies.TestCompany company = companies.open("Bad Input Co");
        Api api = company.api();
        String customer = customer(api, "Careful Customer");

        Api.Response negative = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Refund?", "quantity": -1, "unitPrice": 10}]}"""
                .formatted(customer));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.at("/errors/0/field")).isEqualTo("lines[0].quantity");

        Api.Response unknownCustomer = api.post("/api/v1/invoices", """
                {"customerId": "00000000-0000-0000-0000-000000000001", "lines": [{"description": "x", "unitPrice": 1}]}""");
        assertThat(unknownCustomer.status()).isEqualTo(422);
        assertThat(unknownCustomer.at("/errors/0/field")).isEqualTo("customerId");

        Api.Response missing = api.post("/api/v1/invoices", "{\"lines\": []}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("customerId", "lines");

        Api.Response unknownItem = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"itemId": "00000000-0000-0000-0000-000000000002"}]}""".formatted(customer));
        assertThat(unknownItem.status()).isEqualTo(422);
        assertThat(unknownItem.json().get("errors").findValuesAsString("field")).contains("lines[0].itemId");

        Api.Response malformed = api.post("/api/v1/invoices", "{\"customerId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Api.Response wrongType = api.post("/api/v1/invoices", "{\"customerId\": \"%s\", \"lines\": [{\"quantity\": \"lots\"}]}"
                .formatted(customer));
        assertThat(wrongType.status()).isEqualTo(400);

        Api.Response oversized = api.post("/api/v1/invoices", "{\"notes\": \"" + "x".repeat(300_000) + "\"}");
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.contentType()).startsWith("application/problem+json");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM invoices WHERE company_id = ?").param(company.id().value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT next_number FROM invoice_sequences WHERE company_id = ?").param(company.id().value())
                .query(Long.class).single()).isEqualTo(1001);
    }

    static String customer(Api api, String name) {
        return api.post("/api/v1/customers", """
                {"displayName": "%s", "email": "%s@example.com"}""".formatted(name, name.toLowerCase().replace(' ', '.')))
                .at("/id");
    }

    static void visit(Api api, String customer, String date, String price) {
        Api.Response visit = api.post("/api/v1/customers/" + customer + "/visits", """
                {"date": "%s", "description": "Weekly service", "price": %s, "ph": 7.4, "freeChlorine": 2.5,
                 "photoRefs": ["photos/pool.jpg"], "notes": "Gate code 4321"}""".formatted(date, price));
        assertThat(visit.status()).isEqualTo(201);
    }

    static Api.Response pay(Api api, String invoice, String amount, String method) {
        return api.post("/api/v1/invoices/" + invoice + "/payments", """
                {"amount": %s, "methodId": "%s", "paidOn": "2026-11-20", "reference": "Check 1001"}""".formatted(amount, method));
    }
}
