package dev.cove.sandbox.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class QuickBooksWebhooksIntegrationTest extends QuickBooksIntegrationTestBase {

    private static final String VERIFIER = "verifier-token-for-tests";

    record Received(byte[] body, String signature, String contentType) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/webhooks/quickbooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            byte[] answer = (fail ? "failed" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
            if (!fail) {
                received.add(new Received(body, exchange.getRequestHeaders().getFirst("intuit-signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type")));
            }
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        http.admin("/webhooks", "{}");
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhooks/quickbooks";
    }

    private static String sign(String key, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    void legacyNotificationIsSignedWithTheVerifierToken() throws Exception {
        http.admin("/webhooks", "{\"url\":\"" + url() + "\",\"verifierToken\":\"" + VERIFIER + "\",\"format\":\"legacy\"}");
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        String id = http.post(SandboxHttp.api(US_EMPTY, "/customer"), connection.accessToken(), "{\"DisplayName\":\"Hooked\"}")
            .json().path("Customer").path("Id").asString();

        Received delivery = received.poll(10, TimeUnit.SECONDS);

        assertThat(delivery).isNotNull();
        assertThat(delivery.signature()).isEqualTo(sign(VERIFIER, delivery.body()));
        assertThat(delivery.signature()).isNotEqualTo(sign("another-key", delivery.body()));
        JsonNode notification = SandboxHttp.JSON.readTree(delivery.body()).path("eventNotifications").get(0);
        assertThat(notification.path("realmId").asString()).isEqualTo(US_EMPTY);
        JsonNode entity = notification.path("dataChangeEvent").path("entities").get(0);
        assertThat(entity.path("name").asString()).isEqualTo("Customer");
        assertThat(entity.path("id").asString()).isEqualTo(id);
        assertThat(entity.path("operation").asString()).isEqualTo("Create");
    }

    @Test
    void cloudEventsAreSignedTheSameWayAndRetriedAfterAFailure() throws Exception {
        http.admin("/time-scale", "{\"scale\": 100}");
        failuresLeft.set(1);
        http.admin("/webhooks", "{\"url\":\"" + url() + "\",\"verifierToken\":\"" + VERIFIER + "\",\"format\":\"cloudevents\"}");
        SandboxHttp.Connection connection = http.connect(US_WITH_DATA);
        http.post(SandboxHttp.api(US_WITH_DATA, "/customer"), connection.accessToken(), "{\"DisplayName\":\"Cloud Carla\"}");

        Received delivery = received.poll(10, TimeUnit.SECONDS);

        assertThat(delivery).as(() -> "webhook log: " + http.admin("/webhooks", null).body()).isNotNull();
        assertThat(failuresLeft.get()).isZero();
        assertThat(delivery.contentType()).isEqualTo("application/cloudevents+json");
        assertThat(delivery.signature()).isEqualTo(sign(VERIFIER, delivery.body()));
        JsonNode event = SandboxHttp.JSON.readTree(delivery.body()).get(0);
        assertThat(event.path("specversion").asString()).isEqualTo("1.0");
        assertThat(event.path("type").asString()).isEqualTo("qbo.customer.created.v1");
        assertThat(event.path("intuitaccountid").asString()).isEqualTo(US_WITH_DATA);
        assertThat(firstDelivered().path("attempts").asInt()).isEqualTo(2);
    }

    /** The receiver sees the body before the sandbox has read the answer and logged the delivery. */
    private JsonNode firstDelivered() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonNode delivered = http.admin("/webhooks", null).json().path("delivered");
        while (delivered.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            delivered = http.admin("/webhooks", null).json().path("delivered");
        }
        assertThat(delivered.isEmpty()).as("a delivery is logged").isFalse();
        return delivered.get(0);
    }
}
