package dev.cove.sandbox.stripe;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.FaultInjector;
import dev.cove.sandbox.common.LostResponse;
import dev.cove.sandbox.common.SandboxControls;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every v1 call passes through, in Stripe's order: secret key (401), {@code Stripe-Account} (403),
 * rate limit per account (429 {@code rate_limit}), injected faults, then {@code Idempotency-Key} on POST.
 * Handlers throw {@link StripeError}; the gate renders it and adds {@code Request-Id} and {@code Stripe-Version}.
 */
final class StripeGate {

    /** One authenticated call: where it acts, its parsed parameters and the sandbox's origin for hosted URLs. */
    record Call(Scope scope, ObjectNode params, String origin) {
    }

    private final StripeSettings settings;
    private final SandboxControls controls;
    private final Accounts accounts;
    private final IdempotencyKeys keys = new IdempotencyKeys();

    StripeGate(StripeSettings settings, SandboxControls controls, Accounts accounts) {
        this.settings = settings;
        this.controls = controls;
        this.accounts = accounts;
    }

    void reset() {
        keys.reset();
    }

    ServerResponse handle(ServerRequest request, Function<Call, ObjectNode> handler) throws Exception {
        try {
            return run(request, handler);
        }
        catch (StripeError error) {
            return render(error.status, error.body(), Map.of());
        }
    }

    private ServerResponse run(ServerRequest request, Function<Call, ObjectNode> handler) throws Exception {
        String key = bearer(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
        boolean live;
        if (settings.testSecretKey().equals(key)) {
            live = false;
        }
        else if (settings.liveSecretKey().equals(key)) {
            live = true;
        }
        else {
            throw StripeError.badKey(key);
        }
        String accountId = request.headers().firstHeader("Stripe-Account");
        Company company = accountId == null || accountId.isBlank() ? accounts.platform(live)
                : accounts.connected(accountId, live).orElseThrow(() -> StripeError.noAccess(accountId));
        Scope scope = accounts.scopeOf(company);
        controls.stats().request(company.id());
        int limit = live ? settings.liveRequestsPerSecond() : settings.testRequestsPerSecond();
        FaultInjector.Decision fault = controls.faults().decide(company.id());
        if (fault.throttle() || !controls.throttle().admit(company.id() + ":requests", limit, Duration.ofSeconds(1))) {
            controls.stats().throttled(company.id());
            throw StripeError.rateLimited();
        }
        if (fault.delayMs() > 0) {
            Thread.sleep(fault.delayMs());
        }
        if (fault.errorStatus() != null) {
            controls.stats().fault(company.id());
            throw StripeError.api(fault.errorStatus());
        }
        Call call = new Call(scope, FormParams.parse(request.servletRequest().getParameterMap()), origin(request));
        String idempotencyKey = request.headers().firstHeader("Idempotency-Key");
        boolean post = "POST".equals(request.method().name());
        ServerResponse response = post && idempotencyKey != null ? idempotent(request, company, idempotencyKey, call, handler)
                : execute(company, call, handler, Map.of());
        if (fault.loseResponse()) {
            controls.stats().fault(company.id());
            return new LostResponse();
        }
        return response;
    }

    private ServerResponse idempotent(ServerRequest request, Company company, String key, Call call,
            Function<Call, ObjectNode> handler) {
        if (key.length() > 255) {
            throw StripeError.invalid(null, "Idempotency-Key must be at most 255 characters long.");
        }
        String scoped = company.id() + "|" + key;
        String fingerprint = request.path() + "?" + FormParams.fingerprint(request.servletRequest().getParameterMap());
        IdempotencyKeys.Entry held = keys.claim(scoped, fingerprint, controls.timeScale().real(settings.idempotencyLifetime()).toMillis());
        if (held != null) {
            if (!held.fingerprint().equals(fingerprint)) {
                throw StripeError.idempotencyMismatch(key);
            }
            if (held.body() == null) {
                throw StripeError.concurrentIdempotent();
            }
            return render(held.status(), held.body(), Map.of("Idempotent-Replayed", "true", "Idempotency-Key", key,
                    "Original-Request", "req_replayed"));
        }
        int status;
        String body;
        try {
            body = company.atomically(() -> dev.cove.sandbox.common.Json.write(handler.apply(call)));
            status = 200;
        }
        catch (StripeError error) {
            status = error.status;
            body = error.body();
        }
        catch (RuntimeException crash) {
            status = 500;
            body = StripeError.api(500).body();
        }
        if (status == 200 || status == 402 || status >= 500) {
            keys.store(scoped, status, body);
        }
        else {
            keys.release(scoped);
        }
        return render(status, body, Map.of("Idempotency-Key", key));
    }

    private ServerResponse execute(Company company, Call call, Function<Call, ObjectNode> handler, Map<String, String> headers) {
        String body = company.atomically(() -> dev.cove.sandbox.common.Json.write(handler.apply(call)));
        return render(200, body, headers);
    }

    private ServerResponse render(int status, String body, Map<String, String> headers) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
            .header("Request-Id", "req_" + StripeIds.random(14)).header("Stripe-Version", settings.apiVersion());
        headers.forEach(builder::header);
        return builder.body(body);
    }

    private static String bearer(String header) {
        if (header == null) {
            return null;
        }
        return header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : header.trim();
    }

    static String origin(ServerRequest request) {
        var uri = request.uri();
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
