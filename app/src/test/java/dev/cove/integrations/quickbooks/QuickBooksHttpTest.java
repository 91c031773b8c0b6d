package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.cove.integrations.AccessToken;

/** What goes on the wire, seen by a bare local HTTP server standing in for QuickBooks. */
class QuickBooksHttpTest {

    record Seen(String method, URI uri, String accept, String authorization, String body) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile String answer = "{\"Customer\":{\"Id\":\"5\",\"SyncToken\":\"0\",\"DisplayName\":\"A\"}}";
    private HttpServer server;
    private QuickBooksClient client;
    private final AccessToken token = new AccessToken("tok-123", "4620816123", Instant.now().plusSeconds(3600));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        client = new QuickBooksClient(new QuickBooksSettings(null, Duration.ofSeconds(2), Duration.ofSeconds(5), "75",
                Duration.ofSeconds(60), 30), token -> URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/qbo"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders().getFirst("Accept"), exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void everyCallCarriesTheMinorVersionTheTokenAndAcceptJson() {
        client.create(token, QuickBooksEntity.CUSTOMER, new QboCustomer("9", "4", "A", null, null, null, null, null,
                null, null, null, null, null), "task-7-gen-1");
        client.read(token, QuickBooksEntity.CUSTOMER, "5");
        answer = "{\"QueryResponse\":{}}";
        client.query(token, QuickBooksEntity.CUSTOMER, QuickBooksQuery.equalTo("DisplayName", "O'Brien"), 11, 10);

        assertThat(seen).hasSize(3).allSatisfy(s -> {
            assertThat(s.uri().getRawPath()).startsWith("/qbo/v3/company/4620816123/");
            assertThat(s.uri().getQuery()).contains("minorversion=75");
            assertThat(s.accept()).isEqualTo("application/json");
            assertThat(s.authorization()).isEqualTo("Bearer tok-123");
        });
        assertThat(seen.get(0).method()).isEqualTo("POST");
        assertThat(seen.get(0).uri().getRawPath()).isEqualTo("/qbo/v3/company/4620816123/customer");
        assertThat(seen.get(0).uri().getQuery()).contains("requestid=task-7-gen-1");
        assertThat(seen.get(0).body()).isEqualTo("{\"DisplayName\":\"A\"}");
        assertThat(seen.get(1).uri().getRawPath()).endsWith("/customer/5");
        assertThat(seen.get(2).uri().getQuery())
            .contains("SELECT * FROM Customer WHERE DisplayName = 'O\\'Brien' ORDERBY Id STARTPOSITION 11 MAXRESULTS 10");
    }

    @Test
    void aSparseUpdateSendsIdSyncTokenAndOnlyTheChangedFields() {
        client.sparseUpdate(token, QuickBooksEntity.CUSTOMER, "5", "3", new QboCustomer(null, null, null, null, null,
                "New Co", null, null, null, null, null, null, null), "rid-1");

        assertThat(seen.get(0).body()).isEqualTo("{\"CompanyName\":\"New Co\",\"Id\":\"5\",\"SyncToken\":\"3\",\"sparse\":true}");
    }

    @Test
    void activeIsReadAndWrittenAsTheActiveField() {
        answer = "{\"Customer\":{\"Id\":\"5\",\"SyncToken\":\"1\",\"DisplayName\":\"A\",\"Active\":false}}";

        QboCustomer read = client.read(token, QuickBooksEntity.CUSTOMER, "5");
        client.sparseUpdate(token, QuickBooksEntity.CUSTOMER, "5", "1", new QboCustomer(null, null, null, null, null,
                null, null, null, null, null, true, null, null), "rid-2");

        assertThat(read.activeInQuickBooks()).isFalse();
        assertThat(seen.get(1).body()).isEqualTo("{\"Active\":true,\"Id\":\"5\",\"SyncToken\":\"1\",\"sparse\":true}");
    }

    @Test
    void aFaultInsideA200IsStillAFault() {
        answer = "{\"Fault\":{\"Error\":[{\"Message\":\"Object Not Found\",\"Detail\":\"gone\",\"code\":\"610\"}],"
                + "\"type\":\"ValidationFault\"}}";

        QuickBooksFault fault = catchThrowableOfType(QuickBooksFault.class,
                () -> client.read(token, QuickBooksEntity.CUSTOMER, "5"));

        assertThat(fault.code()).isEqualTo("610");
        assertThat(fault.kind()).isEqualTo(QuickBooksFault.Kind.PERMANENT);
    }

    @Test
    void nothingAnsweringIsTransient() {
        server.stop(0);

        QuickBooksFault fault = catchThrowableOfType(QuickBooksFault.class,
                () -> client.read(token, QuickBooksEntity.CUSTOMER, "5"));

        assertThat(fault.kind()).isEqualTo(QuickBooksFault.Kind.TRANSIENT);
        assertThat(fault.status()).isZero();
    }
}
