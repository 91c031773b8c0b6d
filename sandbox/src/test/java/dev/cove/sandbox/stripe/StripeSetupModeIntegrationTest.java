package dev.cove.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.model.Event;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerPaymentMethodListParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.cove.sandbox.SandboxTestApplication;

/**
 * Checkout in {@code mode=setup} through stripe-java: a card saved on the connected account's customer without a
 * charge, declines and authentication on the hosted page, and the signed webhooks that follow.
 */
@SpringBootTest(classes = SandboxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cove.sandbox.enabled=true", "server.tomcat.relaxed-query-chars=[,]"})
class StripeSetupModeIntegrationTest {

    private static final String SECRET = "whsec_setup_mode_test";

    @LocalServerPort
    int port;

    StripeSandboxHttp sandbox;
    HttpServer receiver;
    final BlockingQueue<Event> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = new StripeSandboxHttp(port);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/webhooks/stripe", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Stripe-Signature");
            int status = 200;
            try {
                received.add(Webhook.constructEvent(body, signature, SECRET));
            }
            catch (com.stripe.exception.SignatureVerificationException forged) {
                status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        sandbox.post(sandbox.base() + "/_admin/webhooks", "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/webhooks/stripe\",\"secret\":\"" + SECRET + "\"}", "application/json");
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.post(sandbox.base() + "/_admin/webhooks", "{}", "application/json");
        receiver.stop(0);
    }

    SessionCreateParams.Builder setup(String customer) {
        return SessionCreateParams.builder().setMode(SessionCreateParams.Mode.SETUP).setCurrency("usd")
            .setCustomer(customer).setSuccessUrl("http://localhost:8080/saved?s={CHECKOUT_SESSION_ID}")
            .setCancelUrl("http://localhost:8080/cancel")
            .setSetupIntentData(SessionCreateParams.SetupIntentData.builder().putMetadata("cove_customer_id", "42").build());
    }

    HttpResponse<String> enter(Session session, String card) throws Exception {
        return sandbox.form(session.getUrl(), Map.of("card_number", card, "card_expiry", "12 / 34", "card_cvc", "123"));
    }

    List<PaymentMethod> cards(String customer, RequestOptions on) throws Exception {
        return sandbox.stripe.v1().customers().paymentMethods().list(customer, CustomerPaymentMethodListParams.builder()
            .setType(CustomerPaymentMethodListParams.Type.CARD).build(), on).getData();
    }

    @Test
    void aSetupSessionSavesACardOnTheCustomerWithoutChargingAndSaysSoBySignedWebhooks() throws Exception {
        String account = sandbox.onboardedAccount().getId();
        RequestOptions on = RequestOptions.builder().setStripeAccount(account).build();
        Customer customer = sandbox.stripe.v1().customers().create(CustomerCreateParams.builder().setName("Marina Reyes")
            .build(), on);
        Session session = sandbox.stripe.v1().checkout().sessions().create(setup(customer.getId()).build(), on);
        assertThat(session.getMode()).isEqualTo("setup");
        assertThat(session.getStatus()).isEqualTo("open");
        assertThat(session.getPaymentStatus()).isEqualTo("no_payment_required");
        assertThat(session.getAmountTotal()).isNull();
        assertThat(sandbox.get(session.getUrl()).body()).contains("Save a card").contains("not be charged");

        HttpResponse<String> declined = enter(session, "4000 0000 0000 0002");
        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(declined.body()).contains("Your card was declined.");
        Session stillOpen = sandbox.stripe.v1().checkout().sessions().retrieve(session.getId(), on);
        assertThat(stillOpen.getStatus()).isEqualTo("open");
        assertThat(sandbox.stripe.v1().setupIntents().retrieve(stillOpen.getSetupIntent(), on).getStatus())
            .isEqualTo("requires_payment_method");
        assertThat(cards(customer.getId(), on)).isEmpty();

        HttpResponse<String> saved = enter(session, "4242 4242 4242 4242");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains("http://localhost:8080/saved?s=" + session.getId());
        Session done = sandbox.stripe.v1().checkout().sessions().retrieve(session.getId(), on);
        assertThat(done.getStatus()).isEqualTo("complete");
        assertThat(done.getSetupIntent()).startsWith("seti_");
        assertThat(done.getPaymentIntent()).isNull();
        SetupIntent intent = sandbox.stripe.v1().setupIntents().retrieve(done.getSetupIntent(), on);
        assertThat(intent.getStatus()).isEqualTo("succeeded");
        assertThat(intent.getCustomer()).isEqualTo(customer.getId());
        assertThat(intent.getMetadata()).containsEntry("cove_customer_id", "42");
        assertThat(cards(customer.getId(), on)).extracting(PaymentMethod::getId).containsExactly(intent.getPaymentMethod());
        assertThat(cards(customer.getId(), on).get(0).getCard().getLast4()).isEqualTo("4242");
        sandbox.stripe.v1().customers().update(customer.getId(), com.stripe.param.CustomerUpdateParams.builder()
            .setInvoiceSettings(com.stripe.param.CustomerUpdateParams.InvoiceSettings.builder()
                .setDefaultPaymentMethod(intent.getPaymentMethod()).build()).build(), on);
        assertThat(sandbox.stripe.v1().customers().retrieve(customer.getId(), on).getInvoiceSettings().getDefaultPaymentMethod())
            .as("an update is kept").isEqualTo(intent.getPaymentMethod());
        assertThat(sandbox.stripe.v1().charges().list(com.stripe.param.ChargeListParams.builder().build(), on).getData())
            .as("nothing charged").isEmpty();

        List<Event> events = new ArrayList<>();
        while (events.stream().noneMatch(e -> e.getType().equals("checkout.session.completed"))) {
            Event event = received.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a signed webhook arrives").isNotNull();
            events.add(event);
        }
        assertThat(events).extracting(Event::getType).contains("setup_intent.succeeded", "checkout.session.completed");
        Event completed = events.stream().filter(e -> e.getType().equals("checkout.session.completed")).findFirst().orElseThrow();
        assertThat(completed.getAccount()).isEqualTo(account);
        Session inEvent = (Session) completed.getDataObjectDeserializer().deserializeUnsafe();
        assertThat(inEvent.getMode()).isEqualTo("setup");
        assertThat(inEvent.getSetupIntent()).isEqualTo(intent.getId());
        assertThat(sandbox.get(session.getUrl()).body()).contains("Card saved");
    }

    @Test
    void aCardThatNeedsAuthenticationIsSavedOnlyOnceTheCustomerCompletesIt() throws Exception {
        String account = sandbox.onboardedAccount().getId();
        RequestOptions on = RequestOptions.builder().setStripeAccount(account).build();
        Session session = sandbox.stripe.v1().checkout().sessions().create(setup(null)
            .setCustomerCreation(SessionCreateParams.CustomerCreation.ALWAYS).build(), on);

        HttpResponse<String> challenged = enter(session, "4000 0025 0000 3155");
        assertThat(challenged.body()).contains("Authenticate this card");
        HttpResponse<String> failed = sandbox.form(session.getUrl() + "/authenticate", Map.of("decision", "fail"));
        assertThat(failed.body()).contains("unable to authenticate");
        enter(session, "4000 0025 0000 3155");
        assertThat(sandbox.form(session.getUrl() + "/authenticate", Map.of("decision", "complete")).statusCode())
            .isEqualTo(303);

        Session done = sandbox.stripe.v1().checkout().sessions().retrieve(session.getId(), on);
        assertThat(done.getCustomer()).as("customer_creation=always made one").startsWith("cus_");
        assertThat(cards(done.getCustomer(), on)).hasSize(1);
    }

    @Test
    void setupModeRefusesLineItemsAndWantsACurrency() {
        RequestOptions platform = RequestOptions.builder().build();
        assertThatThrownBy(() -> sandbox.stripe.v1().checkout().sessions().create(SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.SETUP).setSuccessUrl("http://localhost:8080/saved").build(), platform))
            .isInstanceOf(InvalidRequestException.class).hasMessageContaining("currency");
        assertThatThrownBy(() -> sandbox.stripe.v1().checkout().sessions().create(setup(null)
            .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L).build()).build(), platform))
            .isInstanceOf(InvalidRequestException.class).hasMessageContaining("line_items");
    }
}
