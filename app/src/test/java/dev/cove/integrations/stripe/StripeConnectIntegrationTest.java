package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;

/** Connecting Stripe over the API and the sandbox's hosted onboarding, and what its events do to the card. */
@IntegrationTest
class StripeConnectIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceDelivery delivery;
    @Autowired
    SandboxWebhookEndpoint endpoint;

    StripeWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new StripeWorld(companies, invoices, delivery);
        endpoint.register();
    }

    @Test
    void onboardingWithNothingDueMakesTheConnectionActiveWithNameAndStatuses() {
        TestCompanies.TestCompany company = companies.open("Lagoon Care");
        assertThat(company.api().get("/api/v1/integrations/stripe").at("/status")).isEqualTo("NOT_CONNECTED");

        world.connected(company, "Lagoon Care Pools");

        Api.Response view = company.api().get("/api/v1/integrations/stripe");
        assertThat(view.at("/accountName")).isEqualTo("Lagoon Care Pools");
        assertThat(view.at("/accountId")).startsWith("acct_");
        assertThat(view.json().has("statusReason")).isFalse();
    }

    @Test
    void requirementsDueShowSetupIncompleteUntilResumedThenDeauthorizationTurnsItGrey() {
        TestCompanies.TestCompany company = companies.open("Reef Service");
        world.onboard(company, "Reef Service Pools", true);
        await().atMost(StripeWorld.PATIENCE).untilAsserted(() -> {
            Api.Response view = company.api().get("/api/v1/integrations/stripe");
            assertThat(view.at("/status")).isEqualTo("SETUP_INCOMPLETE");
            assertThat(view.at("/statusReason")).contains("Stripe still needs");
        });
        String accountId = company.api().get("/api/v1/integrations/stripe").at("/accountId");

        // Resume: a fresh link for the same account, completed this time.
        world.onboard(company, "Reef Service Pools", false);
        await().atMost(StripeWorld.PATIENCE).untilAsserted(() -> assertThat(company.api()
                .get("/api/v1/integrations/stripe").at("/status")).isEqualTo("ACTIVE"));
        assertThat(company.api().get("/api/v1/integrations/stripe").at("/accountId")).isEqualTo(accountId);

        assertThat(world.admin("/accounts/" + accountId + "/deauthorize", "{}").statusCode()).isEqualTo(200);
        await().atMost(StripeWorld.PATIENCE).untilAsserted(() -> {
            Api.Response view = company.api().get("/api/v1/integrations/stripe");
            assertThat(view.at("/status")).isEqualTo("NOT_CONNECTED");
            assertThat(view.at("/statusReason")).contains("removed Cove's access");
        });
        assertThat(delivery.payNowLink(company.id(), invoices.get(company.id(), world.sentInvoice(company, "80"))))
                .isEmpty();

        // Connecting again onboards a new account: the old one no longer lets Cove in.
        world.connected(company, "Reef Service Pools");
        assertThat(company.api().get("/api/v1/integrations/stripe").at("/accountId")).isNotEqualTo(accountId);
    }

    @Test
    void liveModeUsesItsOwnAccountAndLiveCheckouts() {
        TestCompanies.TestCompany company = companies.open("Live Mode");
        world.onboard(company, "Live Water Pools", false, "live");
        await().atMost(StripeWorld.PATIENCE).untilAsserted(() -> assertThat(company.api()
                .get("/api/v1/integrations/stripe").at("/status")).isEqualTo("ACTIVE"));

        String checkout = world.checkout(world.payNowLink(company, world.sentInvoice(company, "45")));

        assertThat(checkout).contains("/c/pay/cs_live_");
    }

    @Test
    void disconnectKeepsTheAccountAndStopsPayNowLinks() {
        TestCompanies.TestCompany company = companies.open("Cove Disconnect");
        world.connected(company, "Shoreline Pools");
        var invoice = world.sentInvoice(company, "95");
        assertThat(world.payNowLink(company, invoice)).contains("/pay/stripe/");

        assertThat(company.api().post("/api/v1/integrations/stripe/disconnect", null).status()).isEqualTo(200);

        Api.Response view = company.api().get("/api/v1/integrations/stripe");
        assertThat(view.at("/status")).isEqualTo("NOT_CONNECTED");
        assertThat(view.at("/accountName")).isEqualTo("Shoreline Pools");
        assertThat(delivery.payNowLink(company.id(), invoices.get(company.id(), invoice))).isEmpty();
    }
}
