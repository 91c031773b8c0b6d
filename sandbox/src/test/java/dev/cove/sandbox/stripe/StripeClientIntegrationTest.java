package dev.cove.sandbox.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.stripe.StripeClient;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.AuthenticationException;
import com.stripe.model.Account;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.cove.sandbox.SandboxTestApplication;

/** stripe-java's own client, unchanged except for its base URL, against the sandbox over real HTTP. */
@SpringBootTest(classes = SandboxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cove.sandbox.enabled=true", "server.tomcat.relaxed-query-chars=[,]"})
class StripeClientIntegrationTest {

    @LocalServerPort
    int port;

    StripeSandboxHttp sandbox;
    StripeClient stripe;

    @BeforeEach
    void reset() throws Exception {
        sandbox = new StripeSandboxHttp(port);
        stripe = sandbox.stripe;
    }

    @Test
    void connectsAnAccountAndTakesADirectChargeThroughCheckout() throws Exception {
        Account account = sandbox.onboardedAccount();
        assertThat(account.getChargesEnabled()).isTrue();
        assertThat(account.getDetailsSubmitted()).isTrue();
        assertThat(account.getRequirements().getCurrentlyDue()).isEmpty();
        assertThat(account.getBusinessProfile().getName()).isEqualTo("Blue Water Pools");
        RequestOptions onAccount = RequestOptions.builder().setStripeAccount(account.getId()).setIdempotencyKey("inv-1001-a").build();
        SessionCreateParams params = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT)
            .setSuccessUrl("http://localhost:8080/paid?s={CHECKOUT_SESSION_ID}").setCancelUrl("http://localhost:8080/cancel")
            .setClientReferenceId("inv-1001").putMetadata("invoice_id", "1001")
            .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setApplicationFeeAmount(100L).build())
            .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(2L).setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency("usd").setUnitAmount(5000L).setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                    .setName("Pool cleaning").build()).build()).build())
            .build();
        Session session = stripe.v1().checkout().sessions().create(params, onAccount);
        Session replayed = stripe.v1().checkout().sessions().create(params, onAccount);
        assertThat(replayed.getId()).isEqualTo(session.getId());
        assertThat(replayed.getLastResponse().headers().firstValue("Idempotent-Replayed")).contains("true");
        SessionCreateParams other = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT)
            .setSuccessUrl("http://localhost:8080/paid").addLineItem(params.getLineItems().get(0)).build();
        assertThatThrownBy(() -> stripe.v1().checkout().sessions().create(other, onAccount))
            .isInstanceOf(IdempotencyException.class);
        assertThatThrownBy(() -> stripe.v1().checkout().sessions().retrieve(session.getId()))
            .hasMessageContaining("No such checkout session");

        HttpResponse<String> paid = sandbox.form(session.getUrl(), Map.of("card_number", "4242 4242 4242 4242",
                "card_expiry", "12 / 34", "card_cvc", "123"));
        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).contains("http://localhost:8080/paid?s=" + session.getId());

        RequestOptions read = RequestOptions.builder().setStripeAccount(account.getId()).build();
        Session done = stripe.v1().checkout().sessions().retrieve(session.getId(),
                SessionRetrieveParams.builder().addExpand("payment_intent").build(), read);
        assertThat(done.getStatus()).isEqualTo("complete");
        assertThat(done.getPaymentStatus()).isEqualTo("paid");
        assertThat(done.getClientReferenceId()).isEqualTo("inv-1001");
        assertThat(done.getPaymentIntentObject().getAmountReceived()).isEqualTo(10000L);
        PaymentIntent pi = stripe.v1().paymentIntents().retrieve(done.getPaymentIntent(),
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge.balance_transaction").build(), read);
        var txn = pi.getLatestChargeObject().getBalanceTransactionObject();
        assertThat(txn.getFee()).isEqualTo(320L + 100L);
        assertThat(txn.getNet()).isEqualTo(10000L - 420L);
        assertThat(txn.getFeeDetails()).extracting(f -> f.getType() + ":" + f.getAmount())
            .containsExactly("stripe_fee:320", "application_fee:100");

        Refund refund = stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(pi.getId()).setAmount(2500L).build(), read);
        assertThat(refund.getStatus()).isEqualTo("succeeded");
        assertThat(stripe.v1().charges().retrieve(pi.getLatestCharge(), read).getAmountRefunded()).isEqualTo(2500L);
        assertThat(stripe.v1().balanceTransactions().retrieve(refund.getBalanceTransaction(), read).getAmount()).isEqualTo(-2500L);
        assertThat(stripe.v1().refunds().list(com.stripe.param.RefundListParams.builder().setPaymentIntent(pi.getId()).build(), read)
            .getData()).extracting(Refund::getId).containsExactly(refund.getId());
        List<String> types = stripe.v1().events().list(com.stripe.param.EventListParams.builder().setLimit(100L).build(), read)
            .getData().stream().map(com.stripe.model.Event::getType).toList();
        assertThat(types).contains("checkout.session.completed", "payment_intent.succeeded", "charge.succeeded",
                "refund.created", "charge.refunded", "account.updated");
    }

    @Test
    void aBadKeyIsRefused() {
        StripeClient wrong = new StripeClient.StripeClientBuilder().setApiKey("sk_test_not_the_key").setApiBase(sandbox.base())
            .setMaxNetworkRetries(0).build();
        assertThatThrownBy(() -> wrong.v1().accounts().list()).isInstanceOf(AuthenticationException.class);
    }
}
