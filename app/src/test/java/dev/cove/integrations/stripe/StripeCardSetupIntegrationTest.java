package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;
import dev.cove.mail.Outbox;
import tools.jackson.databind.JsonNode;

/**
 * A customer saving a card without paying (a card-saving link, Stripe's hosted page in setup mode, the webhook),
 * and staff charging that card for an invoice later.
 */
@IntegrationTest
class StripeCardSetupIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceDelivery delivery;
    @Autowired
    SandboxWebhookEndpoint endpoint;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    StripeWorld world;
    String secret;

    @BeforeEach
    void world() throws Exception {
        world = new StripeWorld(companies, invoices, delivery);
        secret = endpoint.register();
    }

    String customer(TestCompanies.TestCompany company) {
        return company.api().post("/api/v1/customers", """
                {"displayName": "Marina Reyes", "email": "marina.%s@example.com"}""".formatted(UUID.randomUUID()))
                .at("/id");
    }

    /** Opens the card-saving link and presses Add my card; answers Stripe's hosted setup page. */
    String hostedPage(String link) {
        HttpResponse<String> page = world.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Add my card").contains("Nothing is charged today");
        HttpResponse<String> pressed = world.form(link, Map.of());
        assertThat(pressed.statusCode()).isEqualTo(302);
        return pressed.headers().firstValue("Location").orElseThrow();
    }

    JsonNode cards(TestCompanies.TestCompany company, String customer) {
        return company.api().get("/api/v1/integrations/stripe/customers/" + customer + "/cards").json();
    }

    long setups(String customer) {
        return jdbc.sql("SELECT COUNT(*) FROM stripe_card_setups WHERE customer_id = ?").param(UUID.fromString(customer))
                .query(Long.class).single();
    }

    @Test
    void aCardSavedThroughTheLinkIsOnFileAndStaffChargeItForAnInvoice() {
        TestCompanies.TestCompany company = companies.open("Card On File");
        world.connected(company, "Lagoon Pools");
        String customer = customer(company);

        Api.Response sent = company.api().post("/api/v1/integrations/stripe/customers/" + customer + "/card-link", null);
        assertThat(sent.status()).isEqualTo(200);
        String link = sent.at("/url");
        assertThat(link).contains("/pay/cards/");
        assertThat(sent.at("/emailedTo")).startsWith("marina.");
        assertThat(outbox.recent(company.id(), 5)).anySatisfy(mail -> assertThat(mail.subject())
                .isEqualTo("Save a card with Card On File"));
        assertThat(company.api().post("/api/v1/integrations/stripe/customers/" + customer + "/card-link",
                "{\"email\": false}").at("/url")).as("one stable link per customer").isEqualTo(link);

        String hosted = hostedPage(link);
        assertThat(world.get(hosted).body()).contains("Save a card").contains("not be charged");
        HttpResponse<String> saved = world.payWith(hosted, "4242 4242 4242 4242");
        assertThat(saved.statusCode()).isEqualTo(303);
        String done = saved.headers().firstValue("Location").orElseThrow();
        assertThat(done).isEqualTo(link + "/done");
        assertThat(world.get(done).body()).contains("your card is on file");

        await("the webhook makes it the card charged first").atMost(StripeWorld.PATIENCE)
                .until(() -> cards(company, customer).path(0).path("preferred").asBoolean(false));
        JsonNode cards = cards(company, customer);
        assertThat(cards.size()).isEqualTo(1);
        assertThat(cards.get(0).get("last4").asString()).isEqualTo("4242");
        assertThat(setups(customer)).as("two webhooks, one setup recorded").isEqualTo(1);

        UUID invoice = world.sentInvoice(company, customer, "140.00");
        Api.Response charged = company.api().post("/api/v1/integrations/stripe/invoices/" + invoice
                + "/charge-saved-card", null);
        assertThat(charged.status()).isEqualTo(200);
        assertThat(charged.at("/status")).isEqualTo("succeeded");
        assertThat(charged.at("/invoiceStatus")).isEqualTo("PAID");
        assertThat(world.status(company, invoice)).isEqualTo("PAID");
        assertThat(company.api().get("/api/v1/invoices/" + invoice + "/payments").json().size()).isEqualTo(1);
    }

    @Test
    void staffSendTheLinkFromTheCustomerPage() {
        TestCompanies.TestCompany company = companies.open("Card Link Page");
        world.connected(company, "Cove Pools");
        String customer = customer(company);
        StaffSession staff = StaffSession.signIn(companies, company);
        assertThat(staff.get("/customers/" + customer).text()).contains("/customers/" + customer + "/stripe");
        assertThat(staff.get("/customers/" + customer + "/stripe").text()).contains("No card on file")
                .contains("Send card-saving link");

        StaffSession.Page sent = staff.post("/customers/" + customer + "/stripe/card-link", Map.of());

        assertThat(sent.status()).isEqualTo(302);
        assertThat(staff.get(java.net.URI.create(sent.location()).getPath()).text()).contains("Card-saving link sent to marina.").contains("/pay/cards/");
        assertThat(outbox.recent(company.id(), 5)).anySatisfy(mail -> assertThat(mail.subject())
                .isEqualTo("Save a card with Card Link Page"));
    }

    @Test
    void aDeclinedCardLeavesNothingOnFile() {
        TestCompanies.TestCompany company = companies.open("Card Declined On File");
        world.connected(company, "Reef Pools");
        String customer = customer(company);
        String link = company.api().post("/api/v1/integrations/stripe/customers/" + customer + "/card-link",
                "{\"email\": false}").at("/url");
        String hosted = hostedPage(link);

        HttpResponse<String> declined = world.payWith(hosted, "4000 0000 0000 0002");
        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(declined.body()).contains("Your card was declined.");

        assertThat(cards(company, customer).size()).isZero();
        assertThat(setups(customer)).isZero();
        UUID invoice = world.sentInvoice(company, customer, "60.00");
        assertThat(company.api().post("/api/v1/integrations/stripe/invoices/" + invoice + "/charge-saved-card", null)
                .status()).isEqualTo(409);
        assertThat(world.status(company, invoice)).isEqualTo("SENT");
    }

    @Test
    void aForgedSetupWebhookIsRefusedAndStoresNothing() throws Exception {
        String id = "evt_test_" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        String body = "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"setup_intent.succeeded\",\"livemode\":false,"
                + "\"account\":\"acct_forged\",\"created\":" + now + ",\"data\":{\"object\":{\"id\":\"seti_forged\","
                + "\"object\":\"setup_intent\",\"status\":\"succeeded\",\"payment_method\":\"pm_forged\"}}}";

        assertThat(world.webhook(body, "t=" + now + ",v1=" + StripeWebhooksIntegrationTest.sign(now, body, "whsec_forged"))
                .statusCode()).isEqualTo(400);
        assertThat(world.webhook(body, null).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stripe_events WHERE id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void badRequestsForALinkAreProblems() {
        TestCompanies.TestCompany company = companies.open("Card Link Problems");
        Api.Response unknown = company.api().post("/api/v1/integrations/stripe/customers/" + UUID.randomUUID()
                + "/card-link", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.at("/title")).isNotBlank();
        Api.Response malformed = company.api().post("/api/v1/integrations/stripe/customers/not-an-id/card-link", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.at("/title")).isNotBlank();
        String customer = customer(company);
        Api.Response notConnected = company.api().post("/api/v1/integrations/stripe/customers/" + customer
                + "/card-link", null);
        assertThat(notConnected.status()).isEqualTo(409);
        assertThat(notConnected.at("/detail")).isEqualTo("Stripe is not connected");
    }
}
