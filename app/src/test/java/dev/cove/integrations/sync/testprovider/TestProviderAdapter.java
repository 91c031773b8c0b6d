package dev.cove.integrations.sync.testprovider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.integrations.Provider;
import dev.cove.integrations.sync.Outbound;
import dev.cove.integrations.sync.PushOutcome;
import dev.cove.integrations.sync.PushRequest;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncAdapter;
import dev.cove.integrations.sync.SyncDirection;
import dev.cove.integrations.sync.SyncedType;
import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.Invoices;
import dev.cove.sandbox.common.Json;
import dev.cove.shared.CompanyId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A thin client and mapping for {@link TestProviderSandbox}, exactly as a real provider integration
 * would be written: customers and invoices pushed over real HTTP with the engine's idempotency key.
 * It borrows {@link Provider#CLIENT_PORTAL}, a provider that syncs nothing in the real application.
 */
public class TestProviderAdapter implements SyncAdapter {

    public static final Provider PROVIDER = Provider.CLIENT_PORTAL;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Customers customers;
    private final Invoices invoices;
    private final JdbcClient jdbc;
    private final Environment environment;

    public TestProviderAdapter(Customers customers, Invoices invoices, JdbcClient jdbc, Environment environment) {
        this.customers = customers;
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public Provider provider() {
        return PROVIDER;
    }

    @Override
    public List<SyncedType> types() {
        return List.of(new SyncedType(RecordType.CUSTOMER, SyncDirection.PUSH),
                new SyncedType(RecordType.INVOICE, SyncDirection.PUSH));
    }

    @Override
    public Optional<Outbound> render(CompanyId company, RecordType type, UUID localId) {
        ObjectNode body = Json.object();
        if (type == RecordType.CUSTOMER) {
            Optional<Customer> customer = customers.find(company, localId);
            if (customer.isEmpty()) {
                return Optional.empty();
            }
            body.put("name", customer.get().displayName());
            body.put("email", customer.get().email());
            body.put("active", customer.get().active());
        } else {
            Invoice invoice;
            try {
                invoice = invoices.get(company, localId);
            } catch (RuntimeException gone) {
                return Optional.empty();
            }
            body.put("number", invoice.number());
            body.put("customer", invoice.customerId().toString());
            body.put("total", invoice.total().toPlainString());
            body.put("status", invoice.status().name());
        }
        return Optional.of(new Outbound(Json.write(body)));
    }

    @Override
    public PushOutcome push(PushRequest request) throws InterruptedException {
        ObjectNode body = Json.readObject(request.body());
        if (request.type() == RecordType.INVOICE) {
            UUID customerId = UUID.fromString(Json.text(body, "customer"));
            String customer = request.remoteIds().of(RecordType.CUSTOMER, customerId);
            if (customer == null) {
                return PushOutcome.awaiting(RecordType.CUSTOMER, customerId, "The invoice's customer has not been pushed yet");
            }
            body.put("customer", customer);
        }
        if (request.link().exists()) {
            body.put("id", request.link().remoteId());
            body.put("version", request.link().remoteVersion());
        }
        String url = "http://localhost:" + environment.getProperty("local.server.port") + TestProviderSandbox.ROOT + "/api/"
                + request.token().accountId() + "/" + request.type().label();
        HttpRequest post = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + request.token().value())
                .header("Idempotency-Key", request.idempotencyKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return PushOutcome.transientFailure("io", e.toString(), null);
        }
        return classify(response);
    }

    private static PushOutcome classify(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            ObjectNode record = Json.readObject(response.body());
            return PushOutcome.pushed(Json.text(record, "id"), Json.text(record, "version"));
        }
        JsonNode error = Json.read(response.body()).path("error");
        String code = Json.text(error, "code");
        String message = Json.text(error, "message");
        if (status == 401) {
            return PushOutcome.unauthorized(code, message);
        }
        if (status == 403) {
            return PushOutcome.needsReconnect(code, message);
        }
        if (status == 429 || status >= 500 || status == 409) {
            Duration retryAfter = response.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s)))
                    .orElse(null);
            return PushOutcome.transientFailure(code == null ? String.valueOf(status) : code, message, retryAfter);
        }
        return PushOutcome.permanentFailure(code, message);
    }

    @Override
    public List<UUID> localIds(CompanyId company, RecordType type) {
        String table = type == RecordType.CUSTOMER ? "customers" : "invoices";
        return jdbc.sql("SELECT id FROM " + table + " WHERE company_id = ? ORDER BY created_at, id").param(company.value())
                .query(UUID.class).list();
    }
}
