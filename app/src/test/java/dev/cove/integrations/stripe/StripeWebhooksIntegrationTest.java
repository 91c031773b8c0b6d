package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;

/** Signatures, duplicates, reordering and lost webhooks, with the sandbox misbehaving on request. */
@IntegrationTest
class StripeWebhooksIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceDelivery delivery;
    @Autowired
    SandboxWebhookEndpoint endpoint;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StripeClients stripe;

    StripeWorld world;
    String secret;

    @BeforeEach
    void world() throws Exception {
        world = new StripeWorld(companies, invoices, delivery);
        secret = endpoint.register();
    }

    @AfterEach
    void normalDelivery() {
        world.admin("/webhooks/modes", "{}");
    }

    @Test
    void onlyAFreshSignatureOverTheExactBodyIsAccepted() throws Exception {
        String id = "evt_test_" + UUID.randomUUID().toString().replace("-", "");
        String body = "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"customer.created\",\"livemode\":false,"
                + "\"created\":" + Instant.now().getEpochSecond() + ",\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\"}}}";
        long now = Instant.now().getEpochSecond();

        assertThat(world.webhook(body, null).statusCode()).isEqualTo(400);
        assertThat(world.webhook(body, "t=" + now + ",v1=" + sign(now, body, "whsec_forged")).statusCode()).isEqualTo(400);
        assertThat(world.webhook(body.replace("customer.created", "customer.deleted"),
                "t=" + now + ",v1=" + sign(now, body, secret)).statusCode()).as("body changed after signing").isEqualTo(400);
        long stale = now - 301;
        assertThat(world.webhook(body, "t=" + stale + ",v1=" + sign(stale, body, secret)).statusCode()).isEqualTo(400);
        assertThat(stored(id)).isZero();

        assertThat(world.webhook(body, "t=" + now + ",v1=" + sign(now, body, "whsec_other") + ",v1="
                + sign(now, body, secret)).statusCode()).as("any v1 may match").isEqualTo(200);
        assertThat(world.webhook(body, "t=" + now + ",v1=" + sign(now, body, secret)).body()).contains("duplicate");
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void aBodyThatIsTooLargeOrNotJsonOrNotPostedIsRefusedAndNothingIsStored() throws Exception {
        long now = Instant.now().getEpochSecond();
        String huge = "{\"id\":\"evt_test_huge\",\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
        assertThat(world.webhook(huge, "t=" + now + ",v1=" + sign(now, huge, secret)).statusCode()).isEqualTo(413);
        assertThat(stored("evt_test_huge")).isZero();

        String broken = "{\"id\":\"evt_test_broken\",";
        var notJson = world.webhook(broken, "t=" + now + ",v1=" + sign(now, broken, secret));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not JSON");
        assertThat(stored("evt_test_broken")).isZero();

        var get = world.get(companies.baseUrl() + "/webhooks/stripe");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void duplicatedAndReversedEventsEndInOnePaymentAndOneRefund() throws Exception {
        TestCompanies.TestCompany company = companies.open("Reordered Events");
        world.connected(company, "Backwards Pools");
        UUID invoice = world.sentInvoice(company, "90.00");
        String checkout = world.checkout(world.payNowLink(company, invoice));
        world.admin("/webhooks/modes", "{\"duplicate\": true, \"reorder\": 1000}");

        // Paid, not following the redirect (only webhooks may tell Cove), then refunded in Stripe's dashboard.
        assertThat(world.payWith(checkout, "4242 4242 4242 4242").statusCode()).isEqualTo(303);
        String account = company.api().get("/api/v1/integrations/stripe").at("/accountId");
        String intent = intentOf(account, checkout);
        assertThat(world.admin("/companies/" + account + "/refunds",
                "{\"payment_intent\": \"" + intent + "\", \"amount\": \"2500\"}").statusCode()).isEqualTo(200);
        assertThat(world.status(company, invoice)).isEqualTo("SENT");

        assertThat(world.admin("/webhooks/release", "{}").statusCode()).isEqualTo(200);

        await().atMost(StripeWorld.PATIENCE).untilAsserted(() -> {
            assertThat(world.status(company, invoice)).isEqualTo("PARTIALLY_PAID");
            assertThat(world.balance(company, invoice)).isEqualByComparingTo("25.00");
        });
        await().atMost(StripeWorld.PATIENCE).until(() -> jdbc.sql("SELECT COUNT(*) FROM stripe_events WHERE account_id = ? "
                + "AND processed_at IS NULL").param(account).query(Long.class).single() == 0);
        assertThat(company.api().get("/api/v1/invoices/" + invoice + "/payments").json().size()).isEqualTo(1);
        assertThat(company.api().get("/api/v1/invoices/" + invoice + "/refunds").json().size()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT type FROM stripe_events WHERE account_id = ? ORDER BY received_at").param(account)
                .query(String.class).list()).as("stored once each, refund first")
                .containsSubsequence("charge.refunded", "checkout.session.completed").doesNotHaveDuplicates();
    }

    @Test
    void aLostWebhookIsRepairedByReconciliation() throws Exception {
        TestCompanies.TestCompany company = companies.open("Lost Webhook");
        world.connected(company, "Quiet Pools");
        UUID invoice = world.sentInvoice(company, "55.00");
        String checkout = world.checkout(world.payNowLink(company, invoice));
        world.admin("/webhooks/modes", "{\"dropTypes\": [\"checkout.session.completed\", \"payment_intent.succeeded\","
                + " \"charge.succeeded\"]}");

        assertThat(world.payWith(checkout, "4242 4242 4242 4242").statusCode()).isEqualTo(303);
        Thread.sleep(1500);
        assertThat(world.status(company, invoice)).as("nothing told Cove").isEqualTo("SENT");

        Reconciliation.Outcome outcome = reconciliation.run();

        assertThat(outcome.intentsSynced()).isGreaterThanOrEqualTo(1);
        assertThat(world.status(company, invoice)).isEqualTo("PAID");
        assertThat(company.api().get("/api/v1/invoices/" + invoice + "/payments").json().size()).isEqualTo(1);
        assertThat(reconciliation.run().intentsSynced()).as("nothing left to repair").isZero();
    }

    private String intentOf(String account, String checkoutUrl) throws Exception {
        String session = checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1);
        return stripe.platform(false).v1().checkout().sessions().retrieve(session, StripeClients.on(account))
                .getPaymentIntent();
    }

    private long stored(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM stripe_events WHERE id = ?").param(id).query(Long.class).single();
    }

    static String sign(long t, String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
