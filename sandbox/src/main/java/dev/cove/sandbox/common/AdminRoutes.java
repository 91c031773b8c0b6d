package dev.cove.sandbox.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin API of a provider sandbox under {@code /sandbox/<provider>/_admin}: companies and their
 * records, traffic counters, faults, time scale, webhook target and log, reset, seed names.
 * When {@code cove.sandbox.admin-token} is set, every call needs it as a bearer token.
 */
public final class AdminRoutes {

    private AdminRoutes() {
    }

    public static RouterFunction<ServerResponse> of(ProviderSandbox sandbox, SandboxProperties properties) {
        String base = "/sandbox/" + sandbox.name() + "/_admin";
        SandboxControls controls = sandbox.controls();
        return RouterFunctions.route()
            .GET(base + "/companies", r -> json(sandbox.controls().companies().all().stream().map(sandbox::describe).toList()))
            .POST(base + "/companies", r -> {
                ObjectNode body = Json.readObject(r.body(String.class));
                if (Json.text(body, "name") == null) {
                    return error(HttpStatus.BAD_REQUEST, "name is required");
                }
                return ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                    .body(Json.write(sandbox.describe(sandbox.createCompany(body))));
            })
            .GET(base + "/companies/{id}", r -> company(sandbox, r).map(c -> json(sandbox.describe(c)))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "no such company")))
            .GET(base + "/companies/{id}/entities/{type}", r -> {
                Optional<Company> company = company(sandbox, r);
                if (company.isEmpty()) {
                    return error(HttpStatus.NOT_FOUND, "no such company");
                }
                Optional<List<JsonNode>> records = sandbox.records(company.get(), r.pathVariable("type"));
                return records.map(AdminRoutes::json).orElseGet(() -> error(HttpStatus.NOT_FOUND, "unknown type"));
            })
            .GET(base + "/stats", r -> json(controls.stats().snapshot()))
            .GET(base + "/faults", r -> json(controls.faults().current()))
            .POST(base + "/faults", r -> {
                FaultPlan plan = Json.MAPPER.readValue(nonBlank(r.body(String.class)), FaultPlan.class);
                controls.faults().set(plan);
                if (Boolean.TRUE.equals(plan.revokeAllTokens())) {
                    controls.authorization().revokeAll();
                }
                return json(plan);
            })
            .POST(base + "/revoke-tokens", r -> {
                controls.authorization().revokeAll();
                return json(Map.of("revoked", true));
            })
            .GET(base + "/time-scale", r -> json(Map.of("scale", controls.timeScale().get())))
            .POST(base + "/time-scale", r -> {
                JsonNode scale = Json.readObject(r.body(String.class)).get("scale");
                if (scale == null || !scale.isNumber() || !(scale.asDouble() > 0)) {
                    return error(HttpStatus.BAD_REQUEST, "scale must be a positive number");
                }
                controls.timeScale().set(scale.asDouble());
                return json(Map.of("scale", controls.timeScale().get()));
            })
            .GET(base + "/webhooks", r -> {
                Map<String, Object> view = new LinkedHashMap<>();
                WebhookTarget target = controls.webhooks().target();
                view.put("url", target.url());
                view.put("format", target.format());
                view.putAll(controls.webhooks().log());
                return json(view);
            })
            .POST(base + "/webhooks", r -> {
                WebhookTarget target = Json.MAPPER.readValue(nonBlank(r.body(String.class)), WebhookTarget.class);
                controls.webhooks().target(target);
                return json(Map.of("url", String.valueOf(target.url()), "format", String.valueOf(target.format())));
            })
            .POST(base + "/reset", r -> {
                sandbox.reset();
                return json(Map.of("reset", true));
            })
            .GET(base + "/seed", r -> json(sandbox.seedNames()))
            .filter((request, next) -> authorized(request, properties) ? next.handle(request)
                    : error(HttpStatus.UNAUTHORIZED, "admin token required"))
            .onError(IllegalArgumentException.class, (e, r) -> error(HttpStatus.BAD_REQUEST, e.getMessage()))
            .onError(tools.jackson.core.JacksonException.class, (e, r) -> error(HttpStatus.BAD_REQUEST, "malformed JSON"))
            .build();
    }

    private static boolean authorized(ServerRequest request, SandboxProperties properties) {
        String token = properties.adminToken();
        return token == null || token.isEmpty()
                || ("Bearer " + token).equals(request.headers().firstHeader(HttpHeaders.AUTHORIZATION));
    }

    private static Optional<Company> company(ProviderSandbox sandbox, ServerRequest request) {
        return sandbox.controls().companies().find(request.pathVariable("id"));
    }

    private static String nonBlank(String body) {
        return body == null || body.isBlank() ? "{}" : body;
    }

    static ServerResponse json(Object body) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }

    private static ServerResponse error(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
            .body(Json.write(Map.of("error", message == null ? status.getReasonPhrase() : message)));
    }

}
