package dev.cove.sandbox.stripe;

import java.util.List;
import java.util.Locale;

import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.TimeScale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checkout Sessions in {@code mode=payment} with {@code line_items[][price_data]}, and in {@code mode=setup}
 * (save a card, no charge: {@code currency}, optional {@code customer} or {@code customer_creation},
 * {@code setup_intent_data}): created open with a hosted page {@code url} and an {@code expires_at}; the
 * PaymentIntent or SetupIntent appears at the first attempt (as in current API versions), carrying
 * {@code payment_intent_data} (application fee, metadata) or {@code setup_intent_data}. Completion emits
 * {@code checkout.session.completed}; expiry (lazily, by the sweeper or {@code /expire}) emits
 * {@code checkout.session.expired}.
 */
final class CheckoutSessions {

    static final String HIDDEN = "_checkout";

    private final StripeSettings settings;
    private final TimeScale timeScale;
    private final Events events;
    private final Payments payments;
    private final SetupIntents setupIntents;

    CheckoutSessions(StripeSettings settings, TimeScale timeScale, Events events, Payments payments,
            SetupIntents setupIntents) {
        this.settings = settings;
        this.timeScale = timeScale;
        this.events = events;
        this.payments = payments;
        this.setupIntents = setupIntents;
    }

    ObjectNode create(Scope scope, ObjectNode params, String origin) {
        String mode = Json.text(params, "mode");
        if (mode == null) {
            throw StripeError.missing("mode");
        }
        if (!"payment".equals(mode) && !"setup".equals(mode)) {
            throw StripeError.invalid("mode", "The sandbox supports mode=payment and mode=setup; subscriptions are not emulated.");
        }
        String success = Json.text(params, "success_url");
        if (success == null) {
            throw StripeError.missing("success_url");
        }
        String customer = Json.text(params, "customer");
        if (customer != null) {
            scope.require("customer", customer, "customer");
        }
        ObjectNode session = scope.create(scope.livemode() ? "cs_live_" : "cs_test_", "checkout.session");
        ObjectNode hidden = "setup".equals(mode) ? setup(scope, params, session) : payment(scope, params, session);
        Payments.putOrNull(session, "cancel_url", Json.text(params, "cancel_url"));
        Payments.putOrNull(session, "client_reference_id", Json.text(params, "client_reference_id"));
        Payments.putOrNull(session, "customer", customer);
        Payments.putOrNull(session, "customer_creation", customer != null ? null : customerCreation(params));
        Payments.putOrNull(session, "customer_email", Json.text(params, "customer_email"));
        session.put("expires_at", Scope.now() + expiresIn(params, session.get("created").asLong()));
        session.set("metadata", params.get("metadata") instanceof ObjectNode m ? m : Json.object());
        session.put("mode", mode);
        session.putNull("payment_intent");
        session.putNull("setup_intent");
        session.put("status", "open");
        session.put("success_url", success);
        session.put("url", origin + StripeSandbox.ROOT + "/c/pay/" + session.get("id").asString());
        scope.save(session);
        scope.company().put(HIDDEN, session.get("id").asString(), hidden);
        return session;
    }

    private static ObjectNode payment(Scope scope, ObjectNode params, ObjectNode session) {
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
        session.put("amount_subtotal", total);
        session.put("amount_total", total);
        session.put("currency", currency.toLowerCase(Locale.ROOT));
        session.put("payment_status", "unpaid");
        ObjectNode hidden = Json.object();
        hidden.set("payment_intent_data", data);
        hidden.set("line_items", items);
        return hidden;
    }

    /** Setup mode takes no line items or payment data; its currency is required unless payment method types are named. */
    private static ObjectNode setup(Scope scope, ObjectNode params, ObjectNode session) {
        for (String refused : new String[] {"line_items", "payment_intent_data"}) {
            if (params.has(refused)) {
                throw StripeError.invalid(refused, "You can not pass `" + refused + "` in `setup` mode.");
            }
        }
        String currency = Json.text(params, "currency");
        if (currency == null && !params.has("payment_method_types")) {
            throw StripeError.missing("currency");
        }
        session.putNull("amount_subtotal");
        session.putNull("amount_total");
        Payments.putOrNull(session, "currency", currency == null ? null : currency.toLowerCase(Locale.ROOT));
        session.put("payment_status", "no_payment_required");
        ObjectNode hidden = Json.object();
        hidden.set("setup_intent_data", params.get("setup_intent_data") instanceof ObjectNode d ? d : Json.object());
        return hidden;
    }

    private static String customerCreation(ObjectNode params) {
        String creation = Json.text(params, "customer_creation");
        if (creation != null && !creation.equals("always") && !creation.equals("if_required")) {
            throw StripeError.invalid("customer_creation", "Invalid customer_creation: must be one of always or if_required");
        }
        return creation == null ? "if_required" : creation;
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
        session.put("payment_status", "paid");
        session.set("customer", pi.get("customer"));
        return completed(scope, session);
    }

    /**
     * The session's SetupIntent, created at the first attempt for the session's customer; with
     * {@code customer_creation=always} and no customer, Checkout creates one then, as Stripe does on confirmation.
     */
    ObjectNode setupIntentFor(Scope scope, ObjectNode session) {
        String existing = Json.text(session, "setup_intent");
        if (existing != null) {
            return scope.require("setup_intent", existing, "setup_intent");
        }
        if (Json.text(session, "customer") == null && "always".equals(Json.text(session, "customer_creation"))) {
            ObjectNode params = Json.object();
            Payments.putOrNull(params, "email", Json.text(session, "customer_email"));
            session.put("customer", setupIntents.createCustomer(scope, params).get("id").asString());
        }
        ObjectNode data = (ObjectNode) scope.company().find(HIDDEN, session.get("id").asString()).orElseThrow()
            .get("setup_intent_data").deepCopy();
        data.remove(List.of("confirm", "payment_method"));
        Payments.putOrNull(data, "customer", Json.text(session, "customer"));
        data.put("usage", "off_session");
        ObjectNode intent = setupIntents.create(scope, data, null);
        session.put("setup_intent", intent.get("id").asString());
        return intent;
    }

    /** Completes a setup-mode session once its SetupIntent succeeded; returns the success URL to redirect to. */
    String completeSetup(Scope scope, ObjectNode session) {
        return completed(scope, session);
    }

    private String completed(Scope scope, ObjectNode session) {
        session.put("status", "complete");
        session.putNull("url");
        events.emit(scope, "checkout.session.completed", session, null);
        return session.get("success_url").asString().replace("{CHECKOUT_SESSION_ID}", session.get("id").asString());
    }
}
