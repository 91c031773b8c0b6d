package dev.cove.sandbox.quickbooks;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.sandbox.common.AuthorizationServer;
import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.FaultInjector;
import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.LostResponse;
import dev.cove.sandbox.common.SandboxControls;
import dev.cove.sandbox.common.StoredResponse;
import dev.cove.sandbox.common.Throttle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The QBO v3 REST surface under {@code /sandbox/quickbooks/v3/company/{realmId}}, behind the same gate
 * as the real service: bearer token (401/3200), realm the token was granted for (403/3100), rate limits
 * (429/3001 with Retry-After), then the injected faults. {@code minorversion} is accepted and ignored:
 * every request is served as minor version 75. Responses are always JSON.
 */
final class QuickBooksApi {

    static final String BASE = "/sandbox/quickbooks/v3/company/{realm}";

    private final SandboxControls controls;
    private final Operations operations;
    private final ChangeFeed changeFeed;
    private final QuickBooksSettings settings;

    QuickBooksApi(SandboxControls controls, Operations operations, ChangeFeed changeFeed, QuickBooksSettings settings) {
        this.controls = controls;
        this.operations = operations;
        this.changeFeed = changeFeed;
        this.settings = settings;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
            .POST(BASE + "/batch", r -> gated(r, true, c -> idempotent(r, c, batchKey(r), () -> {
                ObjectNode body = Json.object();
                body.set("BatchItemResponse", operations.batch(c, parse(r)));
                return body;
            })))
            .GET(BASE + "/query", r -> gated(r, false, c -> read(() -> wrap("QueryResponse",
                    operations.query(c, r.param("query").orElse(""))))))
            .POST(BASE + "/query", r -> gated(r, false, c -> read(() -> wrap("QueryResponse",
                    operations.query(c, r.param("query").orElseGet(() -> body(r)))))))
            .GET(BASE + "/cdc", r -> gated(r, false, c -> read(() -> {
                ObjectNode body = Json.object();
                body.set("CDCResponse", changeFeed.changes(c, r.param("entities").orElse(null),
                        r.param("changedSince").orElse(null)));
                return body;
            })))
            .GET(BASE + "/preferences", r -> gated(r, false, c -> read(() -> wrap("Preferences",
                    c.find(EntityType.Preferences.name(), "1").orElseThrow()))))
            .GET(BASE + "/{entity}/{id}", r -> gated(r, false, c -> read(() -> {
                EntityType type = entity(r);
                return wrap(type.name(), c.find(type.name(), r.pathVariable("id"))
                    .orElseThrow(() -> QuickBooksFault.notFound(type.name(), r.pathVariable("id"))));
            })))
            .POST(BASE + "/{entity}", r -> gated(r, false, c -> {
                String rid = r.param("requestid").orElse(null);
                if (rid != null && rid.length() > 50) {
                    return Envelopes.fault(QuickBooksFault.business("requestid must be at most 50 characters"));
                }
                return idempotent(r, c, rid == null ? null : "request:" + rid, () -> {
                    EntityType type = entity(r);
                    ObjectNode result = operations.write(c, type, r.param("operation").orElse(null),
                            r.param("include").orElse(null), parse(r));
                    return wrap(type.name(), result);
                });
            }))
            .build();
    }

    private ServerResponse gated(ServerRequest request, boolean batch, Function<Company, StoredResponse> work) {
        String realm = request.pathVariable("realm");
        AuthorizationServer.Access access = controls.authorization()
            .authenticate(request.headers().firstHeader(HttpHeaders.AUTHORIZATION)).orElse(null);
        if (access == null) {
            return send(Envelopes.fault(QuickBooksFault.unauthenticated()));
        }
        Optional<Company> company = controls.companies().find(realm);
        if (company.isEmpty() || !access.companyId().equals(realm)) {
            return send(Envelopes.fault(QuickBooksFault.forbidden()));
        }
        controls.stats().request(realm);
        boolean write = request.method().equals(HttpMethod.POST);
        FaultInjector.Decision faults = controls.faults().decide(realm);
        Duration minute = Duration.ofMinutes(1);
        if (faults.throttle() || !controls.throttle().admit(realm + ":requests", settings.requestsPerMinute(), minute)
                || (batch && !controls.throttle().admit(realm + ":batch", settings.batchRequestsPerMinute(), minute))) {
            return throttled(realm, write);
        }
        if (batch) {
            controls.stats().batch(realm);
        }
        try (Throttle.Slot slot = controls.throttle().enter(realm, settings.maxConcurrentRequests())) {
            if (slot == null) {
                return throttled(realm, write);
            }
            pause(faults.delayMs());
            if (faults.errorStatus() != null) {
                controls.stats().fault(realm, write);
                return send(Envelopes.fault(QuickBooksFault.system(faults.errorStatus())));
            }
            // One request at a time touches a company's records, so reads never see half a write.
            StoredResponse response = company.get().atomically(() -> work.apply(company.get()));
            if (faults.loseResponse()) {
                controls.stats().fault(realm, write);
                return new LostResponse();
            }
            return send(response);
        }
    }

    private ServerResponse throttled(String realm, boolean write) {
        controls.stats().throttled(realm, write);
        long retryAfter = Math.max(1, (controls.timeScale().real(Duration.ofMinutes(1)).toMillis() + 999) / 1000);
        return ServerResponse.status(429).header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
            .header("intuit_tid", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
            .body(Envelopes.fault(QuickBooksFault.throttled()).body());
    }

    /** Replays the stored response of an earlier write with the same key in this realm, or runs and stores it. */
    private static StoredResponse idempotent(ServerRequest request, Company company, String key,
            java.util.function.Supplier<ObjectNode> write) {
        return company.atomically(() -> {
            if (key != null) {
                Optional<StoredResponse> earlier = company.replay(key);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            StoredResponse response = read(write);
            if (key != null) {
                company.remember(key, response);
            }
            return response;
        });
    }

    private static String batchKey(ServerRequest request) {
        String rid = request.param("requestid").orElse(null);
        if (rid == null) {
            return null;
        }
        StringBuilder key = new StringBuilder("batch:").append(rid);
        try {
            for (JsonNode item : parse(request).path("BatchItemRequest")) {
                key.append(':').append(Json.text(item, "bId"));
            }
        }
        catch (QuickBooksFault unreadable) {
            return null;
        }
        return key.toString();
    }

    private static StoredResponse read(java.util.function.Supplier<ObjectNode> work) {
        try {
            ObjectNode body = work.get();
            body.put("time", Envelopes.now());
            return new StoredResponse(200, Json.write(body));
        }
        catch (QuickBooksFault fault) {
            return Envelopes.fault(fault);
        }
    }

    private static ObjectNode wrap(String name, JsonNode value) {
        ObjectNode body = Json.object();
        body.set(name, value);
        return body;
    }

    private static EntityType entity(ServerRequest request) {
        String name = request.pathVariable("entity");
        return EntityType.parse(name).orElseThrow(() -> QuickBooksFault.unsupported("unknown entity " + name));
    }

    /** The request body as JSON; cached on the request because a batch key and the batch both read it. */
    private static JsonNode parse(ServerRequest request) {
        Object cached = request.attribute("qbo.body").orElse(null);
        if (cached instanceof JsonNode node) {
            return node;
        }
        try {
            JsonNode node = Json.read(body(request));
            request.attributes().put("qbo.body", node);
            return node;
        }
        catch (IllegalArgumentException malformed) {
            throw QuickBooksFault.business("Request has invalid JSON: " + malformed.getMessage());
        }
    }

    private static String body(ServerRequest request) {
        try {
            return request.body(String.class);
        }
        catch (Exception unreadable) {
            return "";
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ServerResponse send(StoredResponse response) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(response.status())
            .header("intuit_tid", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON);
        if (response.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Intuit\", error=\"invalid_token\"");
        }
        return builder.body(response.body());
    }
}
