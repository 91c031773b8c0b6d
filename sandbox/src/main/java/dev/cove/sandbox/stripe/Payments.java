package dev.cove.sandbox.stripe;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PaymentIntents and what a successful payment leaves behind: the charge, its balance transaction with
 * {@code fee_details} (Stripe's fee and the platform's application fee as separate entries) and, on a direct
 * charge, the platform's {@code application_fee}. Test cards decide the outcome ({@link TestCards}).
 */
final class Payments {

    private final StripeSettings settings;
    private final Events events;
    private final PaymentMethods paymentMethods;
    private final String applicationId;

    Payments(StripeSettings settings, Events events, PaymentMethods paymentMethods, String applicationId) {
        this.settings = settings;
        this.events = events;
        this.paymentMethods = paymentMethods;
        this.applicationId = applicationId;
    }

    ObjectNode create(Scope scope, ObjectNode params) {
        long amount = PaymentMethods.amount(params, "amount", true);
        if (amount < 50) {
            throw new StripeError(400, "invalid_request_error", "amount_too_small",
                    "Amount must be at least 50 cents", "amount", null, null);
        }
        String currency = Json.text(params, "currency");
        if (currency == null) {
            throw StripeError.missing("currency");
        }
        long fee = PaymentMethods.amount(params, "application_fee_amount", false);
        if (fee >= 0 && scope.account() == null) {
            throw StripeError.invalid("application_fee_amount", "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).");
        }
        String customer = Json.text(params, "customer");
        if (customer != null) {
            scope.require("customer", customer, "customer");
        }
        ObjectNode pi = scope.create("pi_", "payment_intent");
        pi.put("amount", amount);
        pi.put("amount_capturable", 0);
        pi.put("amount_received", 0);
        if (fee >= 0) {
            pi.put("application_fee_amount", fee);
        }
        else {
            pi.putNull("application_fee_amount");
        }
        pi.putNull("canceled_at");
        pi.put("capture_method", "automatic");
        pi.put("client_secret", pi.get("id").asString() + "_secret_" + StripeIds.random(24));
        pi.put("confirmation_method", "automatic");
        pi.put("currency", currency.toLowerCase(java.util.Locale.ROOT));
        putOrNull(pi, "customer", customer);
        putOrNull(pi, "description", Json.text(params, "description"));
        pi.putNull("last_payment_error");
        pi.putNull("latest_charge");
        pi.set("metadata", params.get("metadata") instanceof ObjectNode m ? m : Json.object());
        pi.putNull("next_action");
        pi.putNull("payment_method");
        pi.putArray("payment_method_types").add("card");
        putOrNull(pi, "receipt_email", Json.text(params, "receipt_email"));
        putOrNull(pi, "setup_future_usage", Json.text(params, "setup_future_usage"));
        pi.put("status", "requires_payment_method");
        String pm = Json.text(params, "payment_method");
        if (pm != null) {
            pi.put("payment_method", paymentMethods.resolve(scope, pm, "payment_method").get("id").asString());
            pi.put("status", "requires_confirmation");
        }
        scope.save(pi);
        events.emit(scope, "payment_intent.created", pi, null);
        if ("true".equals(Json.text(params, "confirm"))) {
            return confirm(scope, pi, params);
        }
        return pi;
    }

    /** Confirms with the given or attached payment method; a decline throws a 402 card error after recording it. */
    ObjectNode confirm(Scope scope, ObjectNode pi, ObjectNode params) {
        String status = pi.path("status").asString();
        if (!status.equals("requires_payment_method") && !status.equals("requires_confirmation")) {
            throw StripeError.state("You cannot confirm this PaymentIntent because it has a status of " + status
                    + ". Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_payment_method, requires_action.");
        }
        String pmId = Json.text(params, "payment_method");
        ObjectNode pm = pmId != null ? paymentMethods.resolve(scope, pmId, "payment_method")
                : scope.require("payment_method", Json.text(pi, "payment_method"), "payment_method");
        pi.put("payment_method", pm.get("id").asString());
        boolean offSession = "true".equals(Json.text(params, "off_session"));
        TestCards.Card card = paymentMethods.card(scope, pm.get("id").asString());
        return switch (card.outcome()) {
            case SUCCEED -> succeed(scope, pi, pm);
            case DECLINE -> fail(scope, pi, card.code(), card.declineCode(), card.message());
            case AUTHENTICATE -> {
                if (offSession && paymentMethods.authenticated(scope, pm.get("id").asString())) {
                    yield succeed(scope, pi, pm);
                }
                if (offSession) {
                    yield fail(scope, pi, "authentication_required", "authentication_required",
                            "Your card was declined. This transaction requires authentication.");
                }
                pi.put("status", "requires_action");
                ObjectNode action = pi.putObject("next_action");
                action.put("type", "use_stripe_sdk");
                action.putObject("use_stripe_sdk").put("type", "three_d_secure_redirect");
                yield pi;
            }
        };
    }

    /** The outcome of the authentication step of a {@code requires_action} PaymentIntent. */
    ObjectNode authenticate(Scope scope, ObjectNode pi, boolean completed) {
        ObjectNode pm = scope.require("payment_method", Json.text(pi, "payment_method"), "payment_method");
        pi.putNull("next_action");
        if (completed) {
            paymentMethods.markAuthenticated(scope, pm.get("id").asString());
            return succeed(scope, pi, pm);
        }
        try {
            return fail(scope, pi, "payment_intent_authentication_failure", null,
                    "We are unable to authenticate your payment method. Please choose a different payment method and try again.");
        }
        catch (StripeError recorded) {
            return pi;
        }
    }

    ObjectNode cancel(Scope scope, ObjectNode pi, ObjectNode params) {
        if ("succeeded".equals(Json.text(pi, "status")) || "canceled".equals(Json.text(pi, "status"))) {
            throw StripeError.state("You cannot cancel this PaymentIntent because it has a status of " + Json.text(pi, "status") + ".");
        }
        pi.put("status", "canceled");
        pi.put("canceled_at", Scope.now());
        putOrNull(pi, "cancellation_reason", Json.text(params, "cancellation_reason"));
        events.emit(scope, "payment_intent.canceled", pi, null);
        return pi;
    }

    private ObjectNode fail(Scope scope, ObjectNode pi, String code, String declineCode, String message) {
        pi.put("status", "requires_payment_method");
        pi.putNull("next_action");
        ObjectNode error = pi.putObject("last_payment_error");
        error.put("code", code);
        if (declineCode != null) {
            error.put("decline_code", declineCode);
        }
        error.put("message", message);
        error.set("payment_method", scope.company().find("payment_method", Json.text(pi, "payment_method"))
            .map(ObjectNode::deepCopy).orElse(null));
        error.put("type", "card_error");
        events.emit(scope, "payment_intent.payment_failed", pi, null);
        throw StripeError.card(code, declineCode, message, pi.deepCopy());
    }

    private ObjectNode succeed(Scope scope, ObjectNode pi, ObjectNode pm) {
        long amount = pi.get("amount").asLong();
        String currency = pi.get("currency").asString();
        long applicationFee = pi.path("application_fee_amount").isNumber() ? pi.get("application_fee_amount").asLong() : 0;
        ObjectNode charge = scope.create("ch_", "charge");
        ObjectNode txn = balanceTransaction(scope, amount, currency, stripeFee(amount), applicationFee,
                charge.get("id").asString(), "charge");
        charge.put("amount", amount);
        charge.put("amount_captured", amount);
        charge.put("amount_refunded", 0);
        if (applicationFee > 0) {
            charge.put("application", applicationId);
            charge.put("application_fee", applicationFee(scope, charge, applicationFee, currency));
        }
        charge.set("application_fee_amount", pi.get("application_fee_amount"));
        charge.put("balance_transaction", txn.get("id").asString());
        charge.set("billing_details", pm.get("billing_details").deepCopy());
        charge.put("captured", true);
        charge.put("currency", currency);
        charge.set("customer", pi.get("customer"));
        charge.set("description", pi.get("description"));
        charge.put("disputed", false);
        charge.set("metadata", pi.get("metadata").deepCopy());
        ObjectNode outcome = charge.putObject("outcome");
        outcome.put("network_status", "approved_by_network");
        outcome.put("risk_level", "normal");
        outcome.put("seller_message", "Payment complete.");
        outcome.put("type", "authorized");
        charge.put("paid", true);
        charge.put("payment_intent", pi.get("id").asString());
        charge.put("payment_method", pm.get("id").asString());
        ObjectNode details = charge.putObject("payment_method_details");
        details.set("card", pm.get("card").deepCopy());
        details.put("type", "card");
        charge.put("refunded", false);
        charge.put("status", "succeeded");
        scope.save(charge);
        pi.put("status", "succeeded");
        pi.put("amount_received", amount);
        pi.put("latest_charge", charge.get("id").asString());
        pi.putNull("last_payment_error");
        pi.putNull("next_action");
        String customer = Json.text(pi, "customer");
        if (customer != null && Json.text(pi, "setup_future_usage") != null) {
            paymentMethods.attach(scope, pm, customer);
        }
        events.emit(scope, "charge.succeeded", charge, null);
        events.emit(scope, "payment_intent.succeeded", pi, null);
        return pi;
    }

    long stripeFee(long amount) {
        return BigDecimal.valueOf(amount).multiply(settings.feePercent()).movePointLeft(2)
            .setScale(0, RoundingMode.HALF_UP).longValue() + settings.feeFixed();
    }

    /** A balance transaction; a negative {@code amount} is a refund (no fees). */
    ObjectNode balanceTransaction(Scope scope, long amount, String currency, long stripeFee, long applicationFee,
            String source, String type) {
        ObjectNode txn = scope.create("txn_", "balance_transaction");
        txn.remove("livemode");
        txn.put("amount", amount);
        txn.put("available_on", Scope.now() + settings.payoutDelay().toSeconds());
        txn.put("currency", currency);
        txn.putNull("description");
        txn.putNull("exchange_rate");
        txn.put("fee", stripeFee + applicationFee);
        ArrayNode details = txn.putArray("fee_details");
        if (stripeFee > 0) {
            ObjectNode fee = details.addObject();
            fee.put("amount", stripeFee);
            fee.putNull("application");
            fee.put("currency", currency);
            fee.put("description", "Stripe processing fees");
            fee.put("type", "stripe_fee");
        }
        if (applicationFee > 0) {
            ObjectNode fee = details.addObject();
            fee.put("amount", applicationFee);
            fee.put("application", applicationId);
            fee.put("currency", currency);
            fee.put("description", settings.platformName() + " application fee");
            fee.put("type", "application_fee");
        }
        txn.put("net", amount - stripeFee - applicationFee);
        txn.put("reporting_category", type);
        txn.put("source", source);
        txn.put("status", "pending");
        txn.put("type", type);
        scope.save(txn);
        return txn;
    }

    private String applicationFee(Scope scope, ObjectNode charge, long amount, String currency) {
        Scope platform = new Scope(scope.platform(), scope.platform(), null, scope.livemode());
        ObjectNode fee = platform.create("fee_", "application_fee");
        fee.put("account", scope.accountId());
        fee.put("amount", amount);
        fee.put("amount_refunded", 0);
        fee.put("application", applicationId);
        fee.put("charge", charge.get("id").asString());
        fee.put("currency", currency);
        fee.put("refunded", false);
        platform.save(fee);
        return fee.get("id").asString();
    }

    static void putOrNull(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        }
        else {
            node.put(field, value);
        }
    }
}
