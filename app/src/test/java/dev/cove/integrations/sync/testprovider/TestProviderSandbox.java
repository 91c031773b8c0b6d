package dev.cove.integrations.sync.testprovider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

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
import dev.cove.sandbox.common.LostResponse;
import dev.cove.sandbox.common.OAuthPolicy;
import dev.cove.sandbox.common.ProviderSandbox;
import dev.cove.sandbox.common.SandboxControls;
import dev.cove.sandbox.common.SandboxProperties;
import dev.cove.sandbox.common.StoredResponse;
import dev.cove.sandbox.common.Throttle;
import dev.cove.sandbox.common.TimeScale;
import dev.cove.sandbox.common.TrafficStats;
import dev.cove.sandbox.common.WebhookDispatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tiny generic provider on the sandbox framework, under {@code /sandbox/testprovider}: records of any
 * type created and updated by {@code POST /api/{company}/{Type}} with a bearer token and an
 * {@code Idempotency-Key} (replayed like Stripe), optimistic {@code version}s, a per-minute limit and a
 * concurrency cap (429 + Retry-After), the framework's faults (5xx, latency, lost responses, 429
 * bursts) and its admin API. A name containing '!' is refused with a provider message.
 */
public final class TestProviderSandbox implements ProviderSandbox {

    public static final String NAME = "testprovider";
    static final String ROOT = "/sandbox/" + NAME;

    private final SandboxProperties properties;
    private final SandboxControls controls;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> requestTimes = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> rejected = new ConcurrentHashMap<>();
    private volatile int requestsPerMinute;
    private final int maxConcurrent;

    public TestProviderSandbox(SandboxProperties properties, double timeScale, int requestsPerMinute, int maxConcurrent) {
        this.properties = properties;
        this.requestsPerMinute = requestsPerMinute;
        this.maxConcurrent = maxConcurrent;
        TimeScale scale = new TimeScale(timeScale);
        Companies companies = new Companies();
        AuthorizationServer authorization = new AuthorizationServer("Test provider", new OAuthPolicy(Duration.ofHours(1),
                Duration.ofDays(100), Duration.ofDays(1000), Duration.ofMinutes(10)), scale, properties, companies, c -> Map.of());
        this.controls = new SandboxControls(companies, scale, authorization, new Throttle(scale), new FaultInjector(),
                new TrafficStats(), new WebhookDispatcher(NAME, scale, List.of(Duration.ofSeconds(10)), Duration.ofSeconds(3),
                        (body, key) -> Map.of()));
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST(ROOT + "/api/{company}/{type}", this::write)
                .add(AdminRoutes.of(this, properties))
                .build();
    }

    /** Lets {@code token} act on the company (creating the company on first use). */
    public void grant(String companyId, String token) {
        if (controls.companies().find(companyId).isEmpty()) {
            controls.companies().add(new Company(companyId, "Company " + companyId, Map.of()));
        }
        tokens.put(token, companyId);
    }

    /** Kills every token of the company: calls get 401. */
    public void revoke(String companyId) {
        tokens.values().removeIf(companyId::equals);
    }

    /** Real-time nanos of every admitted API call to the company, in arrival order. */
    public List<Long> requestTimes(String companyId) {
        return new ArrayList<>(requestTimes.getOrDefault(companyId, List.of()));
    }

    /** Calls refused for a bad or revoked token. */
    public long rejected(String companyId) {
        java.util.concurrent.atomic.AtomicLong count = rejected.get(companyId);
        return count == null ? 0 : count.get();
    }

    public void requestsPerMinute(int limit) {
        this.requestsPerMinute = limit;
    }

    private ServerResponse write(ServerRequest request) {
        String companyId = request.pathVariable("company");
        String header = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
        if (token == null || !companyId.equals(tokens.get(token))) {
            rejected.computeIfAbsent(companyId, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
            return error(401, "unauthorized", "The access token is invalid or has been revoked");
        }
        Company company = controls.companies().find(companyId).orElseThrow();
        controls.stats().request(companyId);
        FaultInjector.Decision faults = controls.faults().decide(companyId);
        if (faults.throttle() || !controls.throttle().admit(companyId, requestsPerMinute, Duration.ofMinutes(1))) {
            return throttled(companyId);
        }
        requestTimes.computeIfAbsent(companyId, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
        try (Throttle.Slot slot = controls.throttle().enter(companyId, maxConcurrent)) {
            if (slot == null) {
                return throttled(companyId);
            }
            pause(faults.delayMs());
            if (faults.errorStatus() != null) {
                controls.stats().fault(companyId);
                return error(faults.errorStatus(), "server_error", "Something went wrong on our side");
            }
            String type = request.pathVariable("type");
            String key = request.headers().firstHeader("Idempotency-Key");
            ObjectNode body = Json.readObject(request.body(String.class));
            StoredResponse response = company.atomically(() -> {
                Optional<StoredResponse> earlier = key == null ? Optional.empty() : company.replay(key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                StoredResponse fresh = apply(company, type, body);
                if (key != null) {
                    company.remember(key, fresh);
                }
                return fresh;
            });
            if (faults.loseResponse()) {
                controls.stats().fault(companyId);
                return new LostResponse();
            }
            return ServerResponse.status(response.status()).contentType(MediaType.APPLICATION_JSON).body(response.body());
        } catch (Exception e) {
            return error(400, "malformed", String.valueOf(e.getMessage()));
        }
    }

    private static StoredResponse apply(Company company, String type, ObjectNode body) {
        String name = Json.text(body, "name");
        if (name != null && name.contains("!")) {
            return stored(400, "invalid_name", "Display names may not contain '!' (got '" + name + "')");
        }
        String id = Json.text(body, "id");
        if (id == null) {
            id = type.toLowerCase() + "_" + company.next(type);
            body.put("id", id);
            body.put("version", "0");
            company.put(type, id, body);
            return new StoredResponse(201, Json.write(body));
        }
        ObjectNode current = company.find(type, id).orElse(null);
        if (current == null) {
            return stored(404, "not_found", type + " " + id + " does not exist");
        }
        if (!Json.text(current, "version").equals(Json.text(body, "version"))) {
            return stored(409, "stale_version", "Version " + Json.text(body, "version") + " is out of date");
        }
        body.put("version", String.valueOf(Long.parseLong(Json.text(current, "version")) + 1));
        company.put(type, id, body);
        return new StoredResponse(200, Json.write(body));
    }

    private ServerResponse throttled(String companyId) {
        controls.stats().throttled(companyId);
        long retryAfter = Math.max(1, (controls.timeScale().real(Duration.ofMinutes(1)).toMillis() + 999) / 1000);
        return ServerResponse.status(429).header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                .contentType(MediaType.APPLICATION_JSON).body(errorBody("rate_limited", "Too many requests"));
    }

    private static StoredResponse stored(int status, String code, String message) {
        return new StoredResponse(status, errorBody(code, message));
    }

    private static ServerResponse error(int status, String code, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(errorBody(code, message));
    }

    private static String errorBody(String code, String message) {
        return Json.write(Map.of("error", Map.of("code", code, "message", message)));
    }

    private static void pause(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
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
        return Optional.of(new ArrayList<>(company.all(type)));
    }

    @Override
    public Company createCompany(JsonNode body) {
        return controls.companies().add(new Company(Json.text(body, "name"), Json.text(body, "name"), Map.of()));
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
