package dev.cove.sandbox.stripe;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Card payment methods on an account: created from a card number (hosted pages, or the API with raw card
 * data) or from Stripe's test tokens ({@code pm_card_visa}, ...), attached to and detached from customers.
 * The full number stays in a hidden record ({@code _card}) so the card keeps behaving as its test card.
 */
final class PaymentMethods {

    static final String HIDDEN = "_card";

    private final Events events;

    PaymentMethods(Events events) {
        this.events = events;
    }

    ObjectNode create(Scope scope, String number, int expMonth, int expYear) {
        TestCards.Card card = TestCards.of(number);
        ObjectNode pm = scope.create("pm_", "payment_method");
        ObjectNode billing = pm.putObject("billing_details");
        billing.putNull("email");
        billing.putNull("name");
        ObjectNode details = pm.putObject("card");
        details.put("brand", card.brand());
        details.put("country", "US");
        details.put("exp_month", expMonth);
        details.put("exp_year", expYear);
        details.put("fingerprint", Integer.toHexString(card.number().hashCode()));
        details.put("funding", "credit");
        details.put("last4", card.last4());
        pm.putNull("customer");
        pm.putObject("metadata");
        pm.put("type", "card");
        scope.save(pm);
        ObjectNode hidden = Json.object();
        hidden.put("number", card.number());
        hidden.put("authenticated", false);
        scope.company().put(HIDDEN, pm.get("id").asString(), hidden);
        return pm;
    }

    /** A payment method of this account, or a fresh one for a test token. */
    ObjectNode resolve(Scope scope, String id, String param) {
        String tokenNumber = id == null ? null : TestCards.tokenNumber(id);
        if (tokenNumber != null) {
            return create(scope, tokenNumber, 12, 2034);
        }
        return scope.require("payment_method", id, param);
    }

    ObjectNode createFromParams(Scope scope, ObjectNode params) {
        if (!"card".equals(Json.text(params, "type"))) {
            throw StripeError.invalid("type", "Only type=card is supported by the sandbox.");
        }
        ObjectNode card = params.path("card") instanceof ObjectNode c ? c : Json.object();
        String number = Json.text(card, "number");
        if (number == null) {
            throw StripeError.missing("card[number]");
        }
        ObjectNode pm = create(scope, number, intOr(card, "exp_month", 12), intOr(card, "exp_year", 2034));
        if (params.get("metadata") instanceof ObjectNode metadata) {
            pm.set("metadata", metadata);
        }
        return pm;
    }

    TestCards.Card card(Scope scope, String pmId) {
        return TestCards.of(scope.company().find(HIDDEN, pmId).map(h -> h.path("number").asString()).orElse(""));
    }

    /** True once the card passed authentication while being set up (3155 then works off-session). */
    boolean authenticated(Scope scope, String pmId) {
        return scope.company().find(HIDDEN, pmId).map(h -> h.path("authenticated").asBoolean()).orElse(false);
    }

    void markAuthenticated(Scope scope, String pmId) {
        scope.company().find(HIDDEN, pmId).ifPresent(h -> h.put("authenticated", true));
    }

    ObjectNode attach(Scope scope, ObjectNode pm, String customerId) {
        scope.require("customer", customerId, "customer");
        String current = Json.text(pm, "customer");
        if (current != null && !current.equals(customerId)) {
            throw StripeError.invalid("payment_method", "The payment method you provided has already been attached to a customer.");
        }
        if (current == null) {
            pm.put("customer", customerId);
            events.emit(scope, "payment_method.attached", pm, null);
        }
        return pm;
    }

    ObjectNode detach(Scope scope, ObjectNode pm) {
        if (Json.text(pm, "customer") == null) {
            throw StripeError.invalid("payment_method", "The payment method " + pm.get("id").asString()
                    + " is not attached to a customer so detachment is impossible.");
        }
        pm.putNull("customer");
        events.emit(scope, "payment_method.detached", pm, null);
        return pm;
    }

    static int intOr(ObjectNode node, String field, int fallback) {
        String text = Json.text(node, field);
        try {
            return text == null ? fallback : Integer.parseInt(text.trim());
        }
        catch (NumberFormatException e) {
            throw StripeError.invalid(field, "Invalid integer: " + text);
        }
    }

    static long amount(ObjectNode node, String field, boolean required) {
        String text = Json.text(node, field);
        if (text == null) {
            if (required) {
                throw StripeError.missing(field);
            }
            return -1;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw StripeError.invalid(field, "This value must be greater than or equal to 0.");
            }
            return value;
        }
        catch (NumberFormatException e) {
            throw StripeError.invalid(field, "Invalid integer: " + text);
        }
    }
}
