package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;

/** Staff see a Stripe payment's fees on the invoice page and refund part of it from there. */
@IntegrationTest
class StripeInvoicePanelIntegrationTest {

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
    void theInvoicePageShowsFeesAndRefundsPartOfAStripePayment() {
        TestCompanies.TestCompany company = companies.open("Invoice Panel");
        world.connected(company, "Panel Pools");
        UUID invoice = world.sentInvoice(company, "60.00");
        world.payWith(world.checkout(world.payNowLink(company, invoice)), "4242 4242 4242 4242");
        await().atMost(StripeWorld.PATIENCE).until(() -> world.status(company, invoice).equals("PAID"));
        String payment = company.api().get("/api/v1/invoices/" + invoice + "/payments").at("/0/id");

        StaffSession staff = StaffSession.signIn(companies, company);
        assertThat(staff.get("/invoices/" + invoice).text()).contains("/invoices/" + invoice + "/stripe");
        String panel = staff.get("/invoices/" + invoice + "/stripe").text();
        assertThat(panel).contains("stripe_fee 2.04").contains("57.96").contains("Refund through Stripe");

        StaffSession.Page refunded = staff.post("/invoices/" + invoice + "/stripe/refunds",
                Map.of("paymentId", payment, "amount", "10.00"));

        assertThat(refunded.status()).isEqualTo(302);
        assertThat(world.status(company, invoice)).isEqualTo("PARTIALLY_PAID");
        assertThat(world.balance(company, invoice)).isEqualByComparingTo("10.00");
        assertThat(company.api().get("/api/v1/invoices/" + invoice + "/refunds").json().size()).isEqualTo(1);
    }
}
