package dev.cove.sandbox.stripe;

import java.util.Locale;

import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.TimeScale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checkout Sessions in {@code mode=payment} with {@code line_items[][price_data]}: created open with a hosted
 * page {@code url} and an {@code expires_at}; the PaymentIntent appears at the first payment attempt (as in
 * current API versions), carrying {@code payment_intent_data} (application fee, metadata). Completion emits
 * {@code checkout.session.completed}; expiry (lazily, by the sweeper or {@code /expire}) emits
 * {@code checkout.session.expired}.
 */
final class CheckoutSessions {

    static final String HIDDEN = "_checkout";

    private final StripeSettings settings;
    private final TimeScale timeScale;
    private final Events events;
    private final Payments payments;

    CheckoutSessions(StripeSettings settings, TimeScale timeScale, Events events, Payments payments) {
        this.settings = settings;
        this.timeScale = timeScale;
        this.events = events;
        this.payments = payments;
    }

    ObjectNode create(Scope scope, ObjectNode params, String origin) {
        String mode = Json.text(params, "mode");
        if (mode == null) {
            throw StripeError.missing("mode");
        }
        if (!"payment".equals(mode)) {
            throw StripeError.invalid("mode", "The sandbox supports mode=payment only; use a SetupIntent to save a card.");
        }
        String success = Json.text(params, "success_url");
        if (success == null) {
            throw StripeError.missing("success_url");
        }
        JsonNode items = params.get("line_items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw StripeError.missing("line_items");
        }
        long total = 0;
        String currency = null;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!(item.get("price_data") instanceof ObjectNode price)) {
                throw StripeError.invalid("line_items[" + i + "][price_data]", "The sandbox needs price_data on each line item.");
            }
            long unit = PaymentMethods.amount(price, "unit_amount", true);
            long quantity = item.has("quantity") ? PaymentMethods.amount((ObjectNode) item, "quantity", true) : 1;
            currency = Json.text(price, "currency");
            if (currency == null) {
                throw StripeError.missing("line_items[" + i + "][price_data][currency]");
            }
            total += unit * quantity;
        }
        ObjectNode data = params.get("payment_intent_data") instanceof ObjectNode d ? d : Json.object();
        if (data.has("application_fee_amount") && scope.account() == null) {
            throw StripeError.invalid("payment_intent_data[application_fee_amount]",
                    "Can only apply an application_fee_amount when the Checkout Session is created on a connected account.");
        }
        String customer = Json.text(params, "customer");
        if (customer != null) {
            scope.require("customer", customer, "customer");
        }
        ObjectNode session = scope.create(scope.livemode() ? "cs_live_" : "cs_test_", "checkout.session");
        session.put("amount_subtotal", total);
        session.put("amount_total", total);
        Payments.putOrNull(session, "cancel_url", Json.text(params, "cancel_url"));
        Payments.putOrNull(session, "client_reference_id", Json.text(params, "client_reference_id"));
        session.put("currency", currency.toLowerCase(Locale.ROOT));
        Payments.putOrNull(session, "customer", customer);
        Payments.putOrNull(session, "customer_email", Json.text(params, "customer_email"));
        session.put("expires_at", Scope.now() + expiresIn(params, session.get("created").asLong()));
        session.set("metadata", params.get("metadata") instanceof ObjectNode m ? m : Json.object());
        session.put("mode", mode);
        session.putNull("payment_intent");
        session.put("payment_status", "unpaid");
        session.putNull("setup_intent");
        session.put("status", "open");
        session.put("success_url", success);
        session.put("url", origin + StripeSandbox.ROOT + "/c/pay/" + session.get("id").asString());
        scope.save(session);
        ObjectNode hidden = Json.object();
        hidden.set("payment_intent_data", data);
        hidden.set("line_items", items);
        scope.company().put(HIDDEN, session.get("id").asString(), hidden);
        return session;
    }

    private long expiresIn(ObjectNode params, long created) {
        String explicit = Json.text(params, "expires_at");
        if (explicit != null) {
            long at = Long.parseLong(explicit);
            if (at - created < 1800 || at - created > 86400) {
                throw StripeError.invalid("expires_at", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.");
            }
            return timeScale.real(java.time.Duration.ofSeconds(at - created)).toSeconds();
        }
        return Math.max(1, timeScale.real(settings.checkoutLifetime()).toSeconds());
    }

    /** Expires the session if its time is up; true when it is (now) expired. */
    boolean expireIfDue(Scope scope, ObjectNode session) {
        if ("open".equals(Json.text(session, "status")) && Scope.now() >= session.get("expires_at").asLong()) {
            expire(scope, session);
        }
        return "expired".equals(Json.text(session, "status"));
    }

    ObjectNode expire(Scope scope, ObjectNode session) {
        if (!"open".equals(Json.text(session, "status"))) {
            throw StripeError.invalid(null, "Only Checkout Sessions with a status in [\"open\"] can be expired.");
        }
        session.put("status", "expired");
        session.putNull("url");
        events.emit(scope, "checkout.session.expired", session, null);
        return session;
    }

    /** The session's PaymentIntent, created at the first attempt. */
    ObjectNode intentFor(Scope scope, ObjectNode session) {
        String existing = Json.text(session, "payment_intent");
        if (existing != null) {
            return scope.require("payment_intent", existing, "payment_intent");
        }
        ObjectNode data = (ObjectNode) scope.company().find(HIDDEN, session.get("id").asString()).orElseThrow()
            .get("payment_intent_data").deepCopy();
        data.put("amount", session.get("amount_total").asString());
        data.put("currency", session.get("currency").asString());
        if (session.get("customer").isString()) {
            data.put("customer", session.get("customer").asString());
        }
        ObjectNode pi = payments.create(scope, data);
        session.put("payment_intent", pi.get("id").asString());
        return pi;
    }

    /** Marks the session paid after its PaymentIntent succeeded; returns the success URL to redirect to. */
    String complete(Scope scope, ObjectNode session, ObjectNode pi) {
        session.put("status", "complete");
        session.put("payment_status", "paid");
        session.putNull("url");
        session.set("customer", pi.get("customer"));
        events.emit(scope, "checkout.session.completed", session, null);
        return session.get("success_url").asString().replace("{CHECKOUT_SESSION_ID}", session.get("id").asString());
    }
}
