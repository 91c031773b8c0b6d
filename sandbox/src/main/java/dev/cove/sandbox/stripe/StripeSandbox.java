package dev.cove.sandbox.stripe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
import tools.jackson.databind.node.ObjectNode;

/**
 * The Stripe sandbox: Stripe's v1 API under {@code /sandbox/stripe/v1} (point stripe-java's {@code setApiBase}
 * at {@code http://host:port/sandbox/stripe}), the hosted Checkout and onboarding pages and the admin API.
 * Companies are accounts: {@code platform_test}, {@code platform_live} and one per connected account id.
 */
final class StripeSandbox implements ProviderSandbox, AutoCloseable {

    static final String ROOT = "/sandbox/stripe";

    private final SandboxProperties properties;
    private final SandboxControls controls;
    private final Accounts accounts;
    private final EventDelivery delivery;
    private final StripeGate gate;
    private final CheckoutSessions checkout;
    private final RouterFunction<ServerResponse> routes;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sandbox-stripe-expiry");
        thread.setDaemon(true);
        return thread;
    });

    StripeSandbox(SandboxProperties properties, StripeSettings settings) {
        this.properties = properties;
        TimeScale timeScale = new TimeScale(properties.timeScale());
        Companies companies = new Companies();
        WebhookDispatcher webhooks = new WebhookDispatcher("stripe", timeScale, settings.webhookRetryDelays(),
                settings.webhookTimeout(), EventDelivery.SIGNER);
        AuthorizationServer unused = new AuthorizationServer("Stripe", new OAuthPolicy(java.time.Duration.ofHours(1),
                java.time.Duration.ofDays(365), java.time.Duration.ofDays(3650), java.time.Duration.ofMinutes(5)),
                timeScale, properties, companies, c -> Map.of());
        this.controls = new SandboxControls(companies, timeScale, unused, new Throttle(timeScale), new FaultInjector(),
                new TrafficStats(), webhooks);
        this.delivery = new EventDelivery(webhooks);
        Events events = new Events(settings.apiVersion(), delivery);
        this.accounts = new Accounts(settings, timeScale, companies, events);
        PaymentMethods paymentMethods = new PaymentMethods(events);
        Payments payments = new Payments(settings, events, paymentMethods, "ca_" + settings.platformAccount().substring(5));
        SetupIntents setupIntents = new SetupIntents(events, paymentMethods);
        this.checkout = new CheckoutSessions(settings, timeScale, events, payments, setupIntents);
        Refunds refunds = new Refunds(events, payments);
        this.gate = new StripeGate(settings, controls, accounts);
        StripeApi api = new StripeApi(gate, new Lists(settings.maxListLimit()), accounts, payments, checkout, paymentMethods,
                setupIntents, refunds, delivery);
        this.routes = RouterFunctions.route()
            .add(api.routes())
            .add(new HostedPages(accounts, checkout, payments, paymentMethods, setupIntents).routes())
            .add(StripeAdminRoutes.of(controls, accounts, refunds, delivery))
            .add(AdminRoutes.of(this, properties))
            .build();
        reset();
        sweeper.scheduleWithFixedDelay(this::expireSessions, 1, 1, TimeUnit.SECONDS);
    }

    RouterFunction<ServerResponse> routes() {
        return routes;
    }

    private void expireSessions() {
        try {
            for (Company company : controls.companies().all()) {
                company.atomically(() -> {
                    company.all("checkout.session").forEach(s -> checkout.expireIfDue(accounts.scopeOf(company), s));
                    return null;
                });
            }
        }
        catch (RuntimeException keepSweeping) {
            // a reset raced the sweep; the next run sees a consistent state
        }
    }

    @Override
    public String name() {
        return "stripe";
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
        view.put("account", company.traits().get(Scope.ACCOUNT));
        view.put("role", company.traits().get(Accounts.ROLE));
        view.put("livemode", Boolean.parseBoolean(company.traits().get(Scope.LIVEMODE)));
        company.find("account", company.traits().get(Scope.ACCOUNT)).ifPresent(a -> {
            view.put("charges_enabled", a.path("charges_enabled").asBoolean());
            view.put("deauthorized", company.find("_connection", "deauthorized").isPresent());
        });
        return view;
    }

    @Override
    public Optional<List<JsonNode>> records(Company company, String type) {
        if (type.startsWith("_") || !StripeIds.TYPES.containsValue(type)) {
            return Optional.empty();
        }
        return Optional.of(company.atomically(() -> company.all(type).stream().map(n -> (JsonNode) n.deepCopy()).toList()));
    }

    @Override
    public Company createCompany(JsonNode body) {
        boolean live = body.path("livemode").asBoolean(false);
        ObjectNode params = Json.object();
        params.put("type", body.path("type").asString("express"));
        params.putObject("business_profile").put("name", Json.text(body, "name"));
        ObjectNode account = accounts.create(new Scope(accounts.platform(live), accounts.platform(live), null, live), params);
        return controls.companies().find(account.get("id").asString()).orElseThrow();
    }

    @Override
    public Map<String, Object> seedNames() {
        return Map.of("companies", List.of(Accounts.platformId(false), Accounts.platformId(true)));
    }

    @Override
    public synchronized void reset() {
        controls.reset();
        delivery.reset();
        gate.reset();
        controls.companies().clear();
        accounts.seed();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        controls.webhooks().close();
    }
}
