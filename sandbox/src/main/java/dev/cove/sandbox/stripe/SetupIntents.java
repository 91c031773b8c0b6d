package dev.cove.sandbox.stripe;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customers and SetupIntents: saving a card to a customer for later off-session charges. A SetupIntent
 * confirmed with a card (by the API or the hosted setup page) attaches it to the customer and emits
 * {@code setup_intent.succeeded}; card 4000 0025 0000 3155 first needs the authentication step.
 */
final class SetupIntents {

    private final Events events;
    private final PaymentMethods paymentMethods;

    SetupIntents(Events events, PaymentMethods paymentMethods) {
        this.events = events;
        this.paymentMethods = paymentMethods;
    }

    ObjectNode createCustomer(Scope scope, ObjectNode params) {
        ObjectNode customer = scope.create("cus_", "customer");
        Payments.putOrNull(customer, "email", Json.text(params, "email"));
        Payments.putOrNull(customer, "name", Json.text(params, "name"));
        Payments.putOrNull(customer, "description", Json.text(params, "description"));
        customer.putObject("invoice_settings").putNull("default_payment_method");
        customer.set("metadata", params.get("metadata") instanceof ObjectNode m ? m : Json.object());
        scope.save(customer);
        events.emit(scope, "customer.created", customer, null);
        return customer;
    }

    ObjectNode updateCustomer(Scope scope, ObjectNode customer, ObjectNode params) {
        for (String field : new String[] {"email", "name", "description"}) {
            if (Json.text(params, field) != null) {
                customer.put(field, Json.text(params, field));
            }
        }
        String defaultPm = params.path("invoice_settings").path("default_payment_method").asString(null);
        if (defaultPm != null) {
            scope.require("payment_method", defaultPm, "invoice_settings[default_payment_method]");
            ((ObjectNode) customer.get("invoice_settings")).put("default_payment_method", defaultPm);
        }
        if (params.get("metadata") instanceof ObjectNode metadata) {
            metadata.properties().forEach(e -> ((ObjectNode) customer.get("metadata")).set(e.getKey(), e.getValue()));
        }
        events.emit(scope, "customer.updated", customer, null);
        return customer;
    }

    ObjectNode create(Scope scope, ObjectNode params, String origin) {
        String customer = Json.text(params, "customer");
        if (customer != null) {
            scope.require("customer", customer, "customer");
        }
        ObjectNode intent = scope.create("seti_", "setup_intent");
        intent.put("client_secret", intent.get("id").asString() + "_secret_" + StripeIds.random(24));
        Payments.putOrNull(intent, "customer", customer);
        intent.putNull("last_setup_error");
        intent.set("metadata", params.get("metadata") instanceof ObjectNode m ? m : Json.object());
        intent.putNull("next_action");
        intent.putNull("payment_method");
        intent.putArray("payment_method_types").add("card");
        intent.put("status", "requires_payment_method");
        intent.put("usage", Json.text(params, "usage") == null ? "off_session" : Json.text(params, "usage"));
        scope.save(intent);
        events.emit(scope, "setup_intent.created", intent, null);
        if (Json.text(params, "payment_method") != null && "true".equals(Json.text(params, "confirm"))) {
            return confirm(scope, intent, params);
        }
        return intent;
    }

    ObjectNode confirm(Scope scope, ObjectNode intent, ObjectNode params) {
        String status = Json.text(intent, "status");
        if (!"requires_payment_method".equals(status) && !"requires_confirmation".equals(status)) {
            throw StripeError.state("You cannot confirm this SetupIntent because it has a status of " + status + ".");
        }
        ObjectNode pm = paymentMethods.resolve(scope, Json.text(params, "payment_method"), "payment_method");
        intent.put("payment_method", pm.get("id").asString());
        TestCards.Card card = paymentMethods.card(scope, pm.get("id").asString());
        switch (card.outcome()) {
            case SUCCEED -> succeed(scope, intent, pm);
            case AUTHENTICATE -> {
                intent.put("status", "requires_action");
                intent.putObject("next_action").put("type", "use_stripe_sdk");
            }
            case DECLINE -> {
                intent.put("status", "requires_payment_method");
                ObjectNode error = intent.putObject("last_setup_error");
                error.put("code", card.code());
                error.put("decline_code", card.declineCode());
                error.put("message", card.message());
                error.put("type", "card_error");
                events.emit(scope, "setup_intent.setup_failed", intent, null);
                throw StripeError.card(card.code(), card.declineCode(), card.message(), null);
            }
        }
        return intent;
    }

    /** The outcome of the authentication step. */
    ObjectNode authenticate(Scope scope, ObjectNode intent, boolean completed) {
        ObjectNode pm = scope.require("payment_method", Json.text(intent, "payment_method"), "payment_method");
        intent.putNull("next_action");
        if (completed) {
            paymentMethods.markAuthenticated(scope, pm.get("id").asString());
            return succeed(scope, intent, pm);
        }
        intent.put("status", "requires_payment_method");
        ObjectNode error = intent.putObject("last_setup_error");
        error.put("code", "setup_intent_authentication_failure");
        error.put("message", "We are unable to authenticate your payment method.");
        error.put("type", "invalid_request_error");
        events.emit(scope, "setup_intent.setup_failed", intent, null);
        return intent;
    }

    private ObjectNode succeed(Scope scope, ObjectNode intent, ObjectNode pm) {
        intent.put("status", "succeeded");
        intent.putNull("last_setup_error");
        String customer = Json.text(intent, "customer");
        if (customer != null) {
            paymentMethods.attach(scope, pm, customer);
        }
        events.emit(scope, "setup_intent.succeeded", intent, null);
        return intent;
    }
}
