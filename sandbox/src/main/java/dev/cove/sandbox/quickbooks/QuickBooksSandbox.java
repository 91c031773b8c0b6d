package dev.cove.sandbox.quickbooks;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
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

/**
 * The QuickBooks Online sandbox: wires the common machinery to QBO's rules and mounts everything under
 * {@code /sandbox/quickbooks}: the OAuth endpoints at Intuit's paths ({@code /connect/oauth2},
 * {@code /oauth2/v1/tokens/bearer}, {@code /v2/oauth2/tokens/revoke}), the v3 API and the admin API.
 */
final class QuickBooksSandbox implements ProviderSandbox, AutoCloseable {

    static final String ROOT = "/sandbox/quickbooks";

    private final SandboxProperties properties;
    private final SandboxControls controls;
    private final QuickBooksSeed seed;
    private final QuickBooksApi api;

    QuickBooksSandbox(SandboxProperties properties, QuickBooksSettings settings) {
        this.properties = properties;
        TimeScale timeScale = new TimeScale(properties.timeScale());
        Companies companies = new Companies();
        AuthorizationServer authorization = new AuthorizationServer("QuickBooks Online",
                new OAuthPolicy(settings.accessTokenLifetime(), settings.refreshTokenLifetime(),
                        settings.refreshTokenHardLifetime(), settings.codeLifetime()),
                timeScale, properties, companies, company -> Map.of("realmId", company.id()));
        WebhookDispatcher webhooks = new WebhookDispatcher("quickbooks", timeScale, settings.webhookRetryDelays(),
                settings.webhookTimeout(), QuickBooksWebhooks.SIGNER);
        this.controls = new SandboxControls(companies, timeScale, authorization, new Throttle(timeScale),
                new FaultInjector(), new TrafficStats(), webhooks);
        SalesForms salesForms = new SalesForms(new SalesTax(settings.automatedSalesTaxPercent()));
        Ledger ledger = new Ledger();
        Records records = new Records(salesForms, ledger, new QuickBooksWebhooks(webhooks));
        this.seed = new QuickBooksSeed(new Records(salesForms, ledger, (realm, type, id, op, at) -> { }));
        this.api = new QuickBooksApi(controls, new Operations(records, new Queries(settings.maxQueryResults()),
                settings.maxBatchOperations()),
                new ChangeFeed(settings.changeDataCaptureLookBack(), settings.maxChangeDataCaptureObjects()), settings);
        reset();
    }

    RouterFunction<ServerResponse> routes() {
        AuthorizationServer oauth = controls.authorization();
        return RouterFunctions.route()
            .GET(ROOT + "/connect/oauth2", oauth::consentPage)
            .POST(ROOT + "/connect/oauth2", oauth::decide)
            .POST(ROOT + "/oauth2/v1/tokens/bearer", oauth::token)
            .POST(ROOT + "/v2/oauth2/tokens/revoke", oauth::revoke)
            .add(api.routes())
            .add(AdminRoutes.of(this, properties))
            .build();
    }

    @Override
    public String name() {
        return "quickbooks";
    }

    @Override
    public SandboxControls controls() {
        return controls;
    }

    @Override
    public Map<String, Object> describe(Company company) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", company.id());
        view.put("name", company.name());
        view.put("realmId", company.id());
        view.put("country", company.traits().get("country"));
        view.put("currency", company.traits().get("currency"));
        view.put("taxModel", SalesTax.us(company) ? "US" : "GLOBAL");
        return view;
    }

    @Override
    public Optional<List<JsonNode>> records(Company company, String type) {
        return EntityType.parse(type).map(t -> company.atomically(
                () -> company.all(t.name()).stream().map(n -> (JsonNode) n.deepCopy()).toList()));
    }

    @Override
    public Company createCompany(JsonNode body) {
        String country = Optional.ofNullable(Json.text(body, "country")).orElse("US").toUpperCase(java.util.Locale.ROOT);
        String id = Optional.ofNullable(Json.text(body, "id")).orElseGet(QuickBooksSandbox::newRealmId);
        if (!id.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("a realm id is digits only");
        }
        Company company = seed.company(id, Json.text(body, "name"), country, body.path("withData").asBoolean(false));
        return controls.companies().add(company);
    }

    @Override
    public Map<String, Object> seedNames() {
        return seed.names();
    }

    @Override
    public synchronized void reset() {
        controls.reset();
        controls.companies().clear();
        seed.seedCompanies().forEach(controls.companies()::add);
    }

    @Override
    public void close() {
        controls.webhooks().close();
    }

    private static String newRealmId() {
        SecureRandom random = new SecureRandom();
        return "4620816" + String.format("%09d", random.nextInt(1_000_000_000));
    }
}
