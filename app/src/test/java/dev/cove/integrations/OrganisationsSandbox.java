package dev.cove.integrations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.sandbox.common.AdminRoutes;
import dev.cove.sandbox.common.AuthorizationServer;
import dev.cove.sandbox.common.Companies;
import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.FaultInjector;
import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.OAuthPolicy;
import dev.cove.sandbox.common.ProviderSandbox;
import dev.cove.sandbox.common.SandboxControls;
import dev.cove.sandbox.common.SandboxProperties;
import dev.cove.sandbox.common.Throttle;
import dev.cove.sandbox.common.TimeScale;
import dev.cove.sandbox.common.TrafficStats;
import dev.cove.sandbox.common.WebhookDispatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Xero-like provider on the sandbox framework, under {@code /sandbox/organisations}: Xero's OAuth paths
 * (consent page, token endpoint with Basic client auth and PKCE, revocation), and Xero's identity API,
 * {@code GET /connections} ({@code id}, {@code tenantId}, {@code tenantType}, {@code tenantName},
 * {@code authEventId}) and {@code DELETE /connections/{id}} (204). A sandbox "company" is one Xero login: the
 * consent page offers the logins, and one consent reaches every organisation of that login, as ticking
 * several organisations on Xero's consent page does.
 */
final class OrganisationsSandbox implements ProviderSandbox {

    static final String NAME = "organisations";
    static final String ROOT = "/sandbox/" + NAME;
    private static final String CONNECTION = "Connection";

    /** An organisation a login reaches. */
    record Organisation(String tenantId, String name, String type) {
    }

    private final SandboxProperties properties;
    private final SandboxControls controls;

    OrganisationsSandbox(SandboxProperties properties) {
        this.properties = properties;
        TimeScale scale = new TimeScale(1);
        Companies logins = new Companies();
        AuthorizationServer authorization = new AuthorizationServer("Organisations", new OAuthPolicy(
                Duration.ofMinutes(30), Duration.ofDays(60), Duration.ofDays(365), Duration.ofMinutes(5)), scale,
                properties, logins, login -> Map.of());
        this.controls = new SandboxControls(logins, scale, authorization, new Throttle(scale), new FaultInjector(),
                new TrafficStats(), new WebhookDispatcher(NAME, scale, List.of(Duration.ofSeconds(10)),
                        Duration.ofSeconds(3), (body, key) -> Map.of()));
    }

    RouterFunction<ServerResponse> routes() {
        AuthorizationServer authorization = controls.authorization();
        return RouterFunctions.route()
                .GET(ROOT + "/identity/connect/authorize", authorization::consentPage)
                .POST(ROOT + "/identity/connect/authorize", authorization::decide)
                .POST(ROOT + "/connect/token", authorization::token)
                .POST(ROOT + "/connect/revocation", authorization::revoke)
                .GET(ROOT + "/connections", this::connections)
                .DELETE(ROOT + "/connections/{id}", this::disconnect)
                .add(AdminRoutes.of(this, properties))
                .build();
    }

    /** A new login reaching these organisations; answers its id, which the consent form's {@code company} takes. */
    String login(List<Organisation> organisations) {
        Company login = controls.companies().add(new Company("login-" + UUID.randomUUID(), "Login", Map.of()));
        for (Organisation organisation : organisations) {
            ObjectNode entry = Json.MAPPER.createObjectNode();
            String id = UUID.randomUUID().toString();
            entry.put("id", id).put("authEventId", UUID.randomUUID().toString()).put("tenantId", organisation.tenantId())
                    .put("tenantType", organisation.type()).put("tenantName", organisation.name())
                    .put("createdDateUtc", Instant.now().toString());
            login.put(CONNECTION, id, entry);
        }
        return login.id();
    }

    /** The tenant ids the login's {@code /connections} still lists. */
    List<String> connectedTenants(String loginId) {
        return controls.companies().find(loginId).orElseThrow().all(CONNECTION).stream()
                .map(c -> c.path("tenantId").asString()).toList();
    }

    private ServerResponse connections(ServerRequest request) {
        Optional<Company> login = login(request);
        if (login.isEmpty()) {
            return unauthorized();
        }
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(login.get().all(CONNECTION)));
    }

    private ServerResponse disconnect(ServerRequest request) {
        Optional<Company> login = login(request);
        if (login.isEmpty()) {
            return unauthorized();
        }
        String id = request.pathVariable("id");
        if (login.get().find(CONNECTION, id).isEmpty()) {
            return ServerResponse.notFound().build();
        }
        login.get().remove(CONNECTION, id, Instant.now());
        return ServerResponse.noContent().build();
    }

    private Optional<Company> login(ServerRequest request) {
        return controls.authorization().authenticate(request.headers().firstHeader(HttpHeaders.AUTHORIZATION))
                .flatMap(access -> controls.companies().find(access.companyId()));
    }

    private static ServerResponse unauthorized() {
        return ServerResponse.status(401).contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(Map.of("Type", "Unauthorized", "Title", "Unauthorized", "Status", 401)));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SandboxControls controls() {
        return controls;
    }

    @Override
    public Map<String, Object> describe(Company company) {
        return Map.of("id", company.id(), "name", company.name());
    }

    @Override
    public Optional<List<JsonNode>> records(Company company, String type) {
        return CONNECTION.equals(type) ? Optional.of(new ArrayList<>(company.all(type))) : Optional.empty();
    }

    @Override
    public Company createCompany(JsonNode body) {
        return controls.companies().add(new Company("login-" + UUID.randomUUID(), Json.text(body, "name"), Map.of()));
    }

    @Override
    public Map<String, Object> seedNames() {
        return Map.of();
    }

    @Override
    public void reset() {
        controls.reset();
    }
}
