package dev.cove.integrations.stripe;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cove's Connect webhook endpoint. The {@code Stripe-Signature} is checked over the raw bytes before anything
 * is parsed (stripe-java's {@link Webhook.Signature}, tolerance from settings); the event is stored once by
 * id and answered at once. Handling happens afterwards ({@link EventHandling}), never in this request.
 */
@RestController
class StripeWebhookIntake {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final WebhookSecrets secrets;
    private final StripeEvents events;
    private final EventHandling handling;
    private final StripeSettings settings;

    StripeWebhookIntake(WebhookSecrets secrets, StripeEvents events, EventHandling handling, StripeSettings settings) {
        this.secrets = secrets;
        this.events = events;
        this.handling = handling;
        this.settings = settings;
    }

    @PostMapping("/webhooks/stripe")
    ResponseEntity<Map<String, Object>> receive(@RequestBody byte[] body,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        String payload = new String(body, StandardCharsets.UTF_8);
        if (signature == null || !verified(payload, signature, secrets.all())) {
            return ResponseEntity.badRequest().body(Map.of("error", "Stripe-Signature does not match this endpoint"));
        }
        StripeEvents.Received event = parse(JSON.readTree(payload));
        boolean actionable = EventHandling.HANDLED.contains(event.type());
        try {
            events.insert(event, settings.retryDelay(), actionable);
        }
        catch (DuplicateKeyException duplicate) {
            return ResponseEntity.ok(Map.of("received", true, "duplicate", true));
        }
        if (actionable) {
            handling.soon(event.id());
        }
        return ResponseEntity.ok(Map.of("received", true));
    }

    private boolean verified(String payload, String signature, List<String> candidates) {
        for (String secret : candidates) {
            try {
                Webhook.Signature.verifyHeader(payload, signature, secret, settings.webhookTolerance().toSeconds());
                return true;
            }
            catch (SignatureVerificationException wrong) {
                // the other mode's secret may match
            }
        }
        return false;
    }

    static StripeEvents.Received parse(JsonNode event) {
        JsonNode object = event.path("data").path("object");
        String objectType = object.path("object").asString("");
        String intent = "payment_intent".equals(objectType) ? text(object, "id") : text(object, "payment_intent");
        return new StripeEvents.Received(text(event, "id"), text(event, "type"), text(event, "account"),
                event.path("livemode").asBoolean(false), text(object, "id"), intent, event.path("created").asLong(0));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isString() ? null : value.asString();
    }
}
