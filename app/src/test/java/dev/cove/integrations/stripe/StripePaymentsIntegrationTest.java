package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;
import tools.jackson.databind.JsonNode;

/** Customers paying invoices through the Pay now link and the sandbox's hosted checkout, refunds and fees. */
@IntegrationTest
class StripePaymentsIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceDelivery delivery;
    @Autowired
    SandboxWebhookEndpoint endpoint;
    @Autowired
    JdbcClient jdbc;

    StripeWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new StripeWorld(companies, invoices, delivery);
        endpoint.register();
    }

    @Test
    void aCardThatSucceedsPaysTheInvoiceOnceWithEveryFeeRecordedAndTheLinkThenSaysPaid() {
        TestCompanies.TestCompany company = companies.open("Paid By Card");
        world.connected(company, "Crystal Pools");
        UUID invoice = world.sentInvoice(company, "120.00");
        String link = world.payNowLink(company, invoice);

        String checkout = world.checkout(link);
        assertThat(world.checkout(link)).as("a second press reuses the open session").isEqualTo(checkout);
        HttpResponse<String> paid = world.payWith(checkout, "4242 4242 4242 4242");
        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location").orElseThrow()).startsWith(link + "/done?session=cs_test_");

        await().atMost(StripeWorld.PATIENCE).until(() -> world.status(company, invoice).equals("PAID"));
        JsonNode payments = company.api().get("/api/v1/invoices/" + invoice + "/payments").json();
        assertThat(payments.size()).isEqualTo(1);
        assertThat(payments.get(0).get("amount").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(payments.get(0).get("method").asString()).isEqualTo("Card (Stripe)");

        JsonNode stripe = company.api().get("/api/v1/integrations/stripe/invoices/" + invoice + "/payments").json();
        assertThat(stripe.size()).isEqualTo(1);
        assertThat(stripe.get(0).get("fee").decimalValue()).isEqualByComparingTo("3.78");
        assertThat(stripe.get(0).get("net").decimalValue()).isEqualByComparingTo("116.22");
        assertThat(stripe.get(0).get("fees").get(0).get("type").asString()).isEqualTo("stripe_fee");
        assertThat(stripe.get(0).get("fees").get(0).get("amount").decimalValue()).isEqualByComparingTo("3.78");

        HttpResponse<String> again = world.get(link);
        assertThat(again.body()).contains("This invoice is paid").doesNotContain("Pay by card");
        assertThat(world.form(link, Map.of()).headers().firstValue("Location").orElseThrow()).isEqualTo(link);
        assertThat(delivery.payNowLink(company.id(), invoices.get(company.id(), invoice))).isEmpty();
    }

    @Test
    void aDeclinedCardLeavesTheInvoiceUnchanged() throws Exception {
        TestCompanies.TestCompany company = companies.open("Declined Card");
        world.connected(company, "Azure Pools");
        UUID invoice = world.sentInvoice(company, "75.00");
        String checkout = world.checkout(world.payNowLink(company, invoice));

        HttpResponse<String> declined = world.payWith(checkout, "4000 0000 0000 0002");

        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(declined.body()).contains("Your card was declined.");
        Thread.sleep(1500);
        assertThat(world.status(company, invoice)).isEqualTo("SENT");
        assertThat(company.api().get("/api/v1/invoices/" + invoice + "/payments").json().size()).isZero();
    }

    @Test
    void aCardAskingForAuthenticationPaysOnceTheCustomerCompletesIt() {
        TestCompanies.TestCompany company = companies.open("Authenticated Card");
        world.connected(company, "Tidewater Pools");
        UUID invoice = world.sentInvoice(company, "64.50");
        String checkout = world.checkout(world.payNowLink(company, invoice));

        HttpResponse<String> challenge = world.payWith(checkout, "4000 0025 0000 3155");
        assertThat(challenge.statusCode()).isEqualTo(200);
        assertThat(world.status(company, invoice)).isEqualTo("SENT");
        HttpResponse<String> completed = world.form(checkout + "/authenticate", Map.of("decision", "complete"));
        assertThat(completed.statusCode()).isEqualTo(303);

        await().atMost(StripeWorld.PATIENCE).until(() -> world.status(company, invoice).equals("PAID"));
    }

    @Test
    void aPartlyPaidInvoiceIsChargedOnlyItsOpenBalanceWithTheSurchargeShownFirst() {
        TestCompanies.TestCompany company = companies.open("Partial Balance");
        world.connected(company, "Harbor Pools");
        jdbc.sql("UPDATE stripe_accounts SET pass_card_fee = TRUE WHERE company_id = ?").param(company.id().value())
                .update();
        UUID invoice = world.sentInvoice(company, "200.00");
        String cash = company.api().get("/api/v1/settings/payment-methods").json().valueStream()
                .filter(m -> m.get("name").asString().equals("Cash")).findFirst().orElseThrow().get("id").asString();
        assertThat(company.api().post("/api/v1/invoices/" + invoice + "/payments", """
                {"amount": 50, "methodId": "%s"}""".formatted(cash)).status()).isEqualTo(201);
        String link = world.payNowLink(company, invoice);

        HttpResponse<String> page = world.get(link);
        assertThat(page.body()).contains("150.00 USD").contains("Card processing fee").contains("4.65 USD")
                .contains("154.65 USD");
        assertThat(world.payWith(world.checkout(link), "4242424242424242").statusCode()).isEqualTo(303);

        await().atMost(StripeWorld.PATIENCE).until(() -> world.status(company, invoice).equals("PAID"));
        assertThat(world.balance(company, invoice)).isEqualByComparingTo(BigDecimal.ZERO);
        JsonNode stripe = company.api().get("/api/v1/integrations/stripe/invoices/" + invoice + "/payments").json();
        assertThat(stripe.get(0).get("amount").decimalValue()).isEqualByComparingTo("154.65");
        assertThat(stripe.get(0).get("surcharge").decimalValue()).isEqualByComparingTo("4.65");
        JsonNode payments = company.api().get("/api/v1/invoices/" + invoice + "/payments").json();
        assertThat(payments.size()).isEqualTo(2);
        assertThat(payments.get(1).get("amount").decimalValue()).isEqualByComparingTo("150.00");
    }

    @Test
    void refundsFromCoveAndFromTheStripeDashboardAreEachRecordedOnce() {
        TestCompanies.TestCompany company = companies.open("Refunds Both Ways");
        world.connected(company, "Sandbar Pools");
        UUID invoice = world.sentInvoice(company, "100.00");
        world.payWith(world.checkout(world.payNowLink(company, invoice)), "4242 4242 4242 4242");
        await().atMost(StripeWorld.PATIENCE).until(() -> world.status(company, invoice).equals("PAID"));
        String payment = company.api().get("/api/v1/invoices/" + invoice + "/payments").at("/0/id");
        String intent = company.api().get("/api/v1/integrations/stripe/invoices/" + invoice + "/payments")
                .at("/0/paymentIntentId");

        Api.Response fromCove = company.api().post("/api/v1/integrations/stripe/payments/" + payment + "/refunds",
                "{\"amount\": 20, \"reason\": \"Skipped visit\"}");
        assertThat(fromCove.status()).isEqualTo(200);
        assertThat(fromCove.at("/status")).isEqualTo("succeeded");
        assertThat(world.status(company, invoice)).isEqualTo("PARTIALLY_PAID");

        String account = company.api().get("/api/v1/integrations/stripe").at("/accountId");
        assertThat(world.admin("/companies/" + account + "/refunds",
                "{\"payment_intent\": \"" + intent + "\", \"amount\": \"3000\"}").statusCode()).isEqualTo(200);
        await().atMost(StripeWorld.PATIENCE).untilAsserted(() -> assertThat(world.balance(company, invoice))
                .isEqualByComparingTo("50.00"));

        // The refunds' own webhooks (refund.created, charge.refunded) arrive too and change nothing more.
        await().atMost(StripeWorld.PATIENCE).until(() -> pendingEvents(account) == 0);
        JsonNode refunds = company.api().get("/api/v1/invoices/" + invoice + "/refunds").json();
        assertThat(refunds.size()).isEqualTo(2);
        assertThat(refunds.valueStream().map(r -> r.get("amount").decimalValue().setScale(2).toPlainString()))
                .containsExactlyInAnyOrder("20.00", "30.00");
        assertThat(world.balance(company, invoice)).isEqualByComparingTo("50.00");
    }

    @Test
    void aCardSavedWhilePayingLetsStaffChargeTheNextInvoice() {
        TestCompanies.TestCompany company = companies.open("Saved Cards");
        world.connected(company, "Evergreen Pools");
        UUID first = world.sentInvoice(company, "88.00");
        String customer = company.api().get("/api/v1/invoices/" + first).at("/customerId");
        assertThat(company.api().post("/api/v1/integrations/stripe/invoices/" + first + "/charge-saved-card", null)
                .status()).as("no card saved yet").isEqualTo(409);

        String checkout = world.checkout(world.payNowLink(company, first), Map.of("saveCard", "true"));
        assertThat(world.payWith(checkout, "4242 4242 4242 4242").statusCode()).isEqualTo(303);
        await().atMost(StripeWorld.PATIENCE).until(() -> world.status(company, first).equals("PAID"));
        JsonNode cards = company.api().get("/api/v1/integrations/stripe/customers/" + customer + "/cards").json();
        assertThat(cards.size()).isEqualTo(1);
        assertThat(cards.get(0).get("last4").asString()).isEqualTo("4242");

        UUID second = world.sentInvoice(company, customer, "88.00");
        Api.Response charged = company.api().post("/api/v1/integrations/stripe/invoices/" + second
                + "/charge-saved-card", null);
        assertThat(charged.status()).isEqualTo(200);
        assertThat(charged.at("/status")).isEqualTo("succeeded");
        assertThat(charged.at("/invoiceStatus")).isEqualTo("PAID");
        assertThat(company.api().post("/api/v1/integrations/stripe/invoices/" + second + "/charge-saved-card", null)
                .status()).as("a paid invoice is not charged twice").isEqualTo(409);
        assertThat(company.api().get("/api/v1/invoices/" + second + "/payments").json().size()).isEqualTo(1);
    }

    @Test
    void thePayNowLinkIsOnTheApiWhileThereIsSomethingToPay() {
        TestCompanies.TestCompany company = companies.open("Pay Now Api");
        world.connected(company, "Link Pools");
        UUID invoice = world.sentInvoice(company, "42.00");
        String path = "/api/v1/integrations/stripe/invoices/" + invoice + "/pay-now-link";
        assertThat(company.api().get(path).at("/url")).isEqualTo(world.payNowLink(company, invoice));

        world.payWith(world.checkout(world.payNowLink(company, invoice)), "4242 4242 4242 4242");
        await().atMost(StripeWorld.PATIENCE).until(() -> world.status(company, invoice).equals("PAID"));
        assertThat(company.api().get(path).status()).isEqualTo(409);
        assertThat(company.api().get("/api/v1/integrations/stripe/invoices/" + UUID.randomUUID() + "/pay-now-link")
                .status()).isEqualTo(404);
    }

    long pendingEvents(String account) {
        return jdbc.sql("SELECT COUNT(*) FROM stripe_events WHERE account_id = ? AND processed_at IS NULL")
                .param(account).query(Long.class).single();
    }
}
