package dev.cove.sandbox.stripe;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.SandboxControls;
import dev.cove.sandbox.common.WebhookTarget;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe's additions to the common admin API: the webhook endpoint with its {@code whsec_} secret, delivery
 * modes, releasing held events, resending an event, deauthorizing an account and the dashboard refund.
 */
final class StripeAdminRoutes {

    private StripeAdminRoutes() {
    }

    static RouterFunction<ServerResponse> of(SandboxControls controls, Accounts accounts, Refunds refunds,
            EventDelivery delivery) {
        String base = StripeSandbox.ROOT + "/_admin";
        return RouterFunctions.route()
            .GET(base + "/webhooks", r -> {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("url", controls.webhooks().target().url());
                view.put("secret", controls.webhooks().target().verifierToken());
                view.put("modes", delivery.view());
                view.putAll(controls.webhooks().log());
                return json(200, view);
            })
            .POST(base + "/webhooks", r -> {
                ObjectNode body = Json.readObject(r.body(String.class));
                String secret = Json.text(body, "secret") != null ? Json.text(body, "secret") : Json.text(body, "verifierToken");
                if (Json.text(body, "url") != null && secret == null) {
                    secret = "whsec_" + StripeIds.random(32);
                }
                controls.webhooks().target(new WebhookTarget(Json.text(body, "url"), secret, "stripe"));
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("url", Json.text(body, "url"));
                view.put("secret", secret);
                return json(200, view);
            })
            .POST(base + "/webhooks/modes", r -> {
                DeliveryModes modes = Json.MAPPER.readValue(blank(r.body(String.class)), DeliveryModes.class);
                delivery.modes(modes);
                return json(200, delivery.view());
            })
            .POST(base + "/webhooks/release", r -> json(200, Map.of("released", delivery.release())))
            .POST(base + "/events/{id}/resend", r -> accounts.holderOf("event", r.pathVariable("id"))
                .flatMap(c -> c.find("event", r.pathVariable("id")))
                .map(e -> {
                    delivery.resend(e);
                    return json(200, Map.of("resent", e.get("id").asString()));
                }).orElseGet(() -> json(404, Map.of("error", "no such event"))))
            .POST(base + "/accounts/{id}/deauthorize", r -> accounts.connected(r.pathVariable("id"), false)
                .or(() -> accounts.connected(r.pathVariable("id"), true))
                .map(c -> json(200, accounts.deauthorize(c)))
                .orElseGet(() -> json(404, Map.of("error", "no such connected account"))))
            .POST(base + "/companies/{id}/refunds", r -> {
                Company company = controls.companies().find(r.pathVariable("id")).orElse(null);
                if (company == null) {
                    return json(404, Map.of("error", "no such company"));
                }
                ObjectNode params = Json.object();
                Json.readObject(r.body(String.class)).properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
                try {
                    return json(200, company.atomically(() -> refunds.create(accounts.scopeOf(company), params)));
                }
                catch (StripeError error) {
                    return ServerResponse.status(error.status).contentType(MediaType.APPLICATION_JSON).body(error.body());
                }
            })
            .build();
    }

    private static String blank(String body) {
        return body == null || body.isBlank() ? "{}" : body;
    }

    private static ServerResponse json(int status, Object body) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }
}
