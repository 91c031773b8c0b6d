package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.integrations.quickbooks.QuickBooksSyncDriver;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.invoicing.InvoiceDelivery;
import dev.cove.invoicing.Invoices;

/**
 * A card payment taken through Stripe is a payment like any other: it reaches QuickBooks linked to
 * its invoice, and the QuickBooks invoice shows paid, with no step in between.
 */
@IntegrationTest
class StripePaymentReachesQuickBooksIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    TestCompanies companies;
    @Autowired
    Invoices invoices;
    @Autowired
    InvoiceDelivery delivery;
    @Autowired
    SandboxWebhookEndpoint endpoint;
    @Autowired
    SyncRequests requests;

    @Test
    void aCheckoutPaymentIsPushedToQuickBooksAndMarksTheInvoicePaidThere() throws Exception {
        endpoint.register();
        StripeWorld stripe = new StripeWorld(companies, invoices, delivery);
        QuickBooksSyncDriver quickbooks = new QuickBooksSyncDriver(companies.baseUrl(), requests);
        String realm = quickbooks.openRealm("US");
        TestCompanies.TestCompany company = companies.open("Stripe To Books " + UUID.randomUUID().toString().substring(0, 8));
        quickbooks.connect(company, realm);
        stripe.connected(company, "Harbor Pools");

        UUID invoice = stripe.sentInvoice(company, "120.00");
        String remoteInvoice = quickbooks.settled(company, RecordType.INVOICE, invoice.toString(), WITHIN).remoteId();
        assertThat(remoteInvoice).isNotNull();

        stripe.payWith(stripe.checkout(stripe.payNowLink(company, invoice)), "4242 4242 4242 4242");
        await().atMost(StripeWorld.PATIENCE).until(() -> stripe.status(company, invoice).equals("PAID"));

        await().atMost(WITHIN).untilAsserted(() -> {
            List<JsonNode> payments = quickbooks.entities(realm, "Payment").stream()
                    .filter(p -> p.at("/Line/0/LinkedTxn/0/TxnId").asString().equals(remoteInvoice))
                    .toList();
            assertThat(payments).hasSize(1);
            assertThat(payments.get(0).path("TotalAmt").decimalValue()).isEqualByComparingTo("120.00");
            JsonNode booked = quickbooks.entities(realm, "Invoice").stream()
                    .filter(i -> i.path("Id").asString().equals(remoteInvoice)).findFirst().orElseThrow();
            assertThat(booked.path("Balance").decimalValue()).isEqualByComparingTo("0");
        });
    }
}
