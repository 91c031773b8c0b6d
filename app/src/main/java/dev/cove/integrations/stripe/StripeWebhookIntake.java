package dev.cove.integrations.stripe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cove's Connect webhook endpoint, {@code POST /webhooks/stripe}. It is Cove's busiest endpoint and needs
 * nothing of the web framework (no session, no login: the signature is the authentication), so it is a
 * servlet filter registered ahead of Spring Security and MVC for that one path ({@link StripeConfiguration}).
 * The {@code Stripe-Signature} is checked over the raw bytes before anything is parsed (stripe-java's
 * {@link Webhook.Signature}, tolerance from settings); the event is stored once by id and answered at once.
 * Handling happens afterwards ({@link EventHandling}), never in this request.
 */
class StripeWebhookIntake extends OncePerRequestFilter {

    static final String PATH = "/webhooks/stripe";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What the endpoint answers. */
    record Answer(int status, String json) {
        static final Answer RECEIVED = new Answer(200, "{\"received\":true}");
        static final Answer DUPLICATE = new Answer(200, "{\"received\":true,\"duplicate\":true}");
        static final Answer FORGED = new Answer(400, "{\"error\":\"Stripe-Signature does not match this endpoint\"}");
        static final Answer NOT_JSON = new Answer(400, "{\"error\":\"The event is not JSON\"}");
        static final Answer TOO_LARGE = new Answer(413, "{\"error\":\"The event is larger than this endpoint accepts\"}");
    }

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

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            answer(response, new Answer(405, "{\"error\":\"Stripe posts events here\"}"));
            return;
        }
        int limit = (int) settings.webhookMaxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            answer(response, Answer.TOO_LARGE);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        answer(response, body.length > limit ? Answer.TOO_LARGE : receive(body, request.getHeader("Stripe-Signature")));
    }

    Answer receive(byte[] body, String signature) {
        String payload = new String(body, StandardCharsets.UTF_8);
        if (signature == null || !verified(payload, signature, secrets.all())) {
            return Answer.FORGED;
        }
        StripeEvents.Received event;
        try {
            event = parse(JSON.readTree(payload));
        } catch (JacksonException e) {
            return Answer.NOT_JSON;
        }
        boolean actionable = EventHandling.HANDLED.contains(event.type());
        try {
            events.insert(event, settings.retryDelay(), actionable);
        } catch (DuplicateKeyException duplicate) {
            return Answer.DUPLICATE;
        }
        if (actionable) {
            handling.soon(event.id());
        }
        return Answer.RECEIVED;
    }

    private static void answer(HttpServletResponse response, Answer answer) throws IOException {
        byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private boolean verified(String payload, String signature, List<String> candidates) {
        for (String secret : candidates) {
            try {
                Webhook.Signature.verifyHeader(payload, signature, secret, settings.webhookTolerance().toSeconds());
                return true;
            } catch (SignatureVerificationException wrong) {
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
