package dev.cove.sandbox.stripe;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Full and partial refunds of a charge (named directly or through its PaymentIntent). Each refund gets a
 * negative balance transaction, updates the charge ({@code amount_refunded}, {@code refunded}) and emits
 * {@code refund.created} and {@code charge.refunded}; {@code refund_application_fee=true} also returns the
 * platform's fee in proportion. Used by the API and by the admin "dashboard refund".
 */
final class Refunds {

    private final Events events;
    private final Payments payments;

    Refunds(Events events, Payments payments) {
        this.events = events;
        this.payments = payments;
    }

    ObjectNode create(Scope scope, ObjectNode params) {
        ObjectNode charge = charge(scope, params);
        long captured = charge.get("amount").asLong();
        long refunded = charge.get("amount_refunded").asLong();
        if (refunded >= captured) {
            throw new StripeError(400, "invalid_request_error", "charge_already_refunded",
                    "Charge " + charge.get("id").asString() + " has already been refunded.", null, null, null);
        }
        long amount = PaymentMethods.amount(params, "amount", false);
        if (amount < 0) {
            amount = captured - refunded;
        }
        if (amount == 0 || amount > captured - refunded) {
            throw new StripeError(400, "invalid_request_error", "amount_too_large", "Refund amount ($"
                    + money(amount) + ") is greater than unrefunded amount on charge ($" + money(captured - refunded) + ")",
                    "amount", null, null);
        }
        String currency = charge.get("currency").asString();
        ObjectNode refund = scope.create("re_", "refund");
        ObjectNode txn = payments.balanceTransaction(scope, -amount, currency, 0, 0, refund.get("id").asString(), "refund");
        refund.put("amount", amount);
        refund.put("balance_transaction", txn.get("id").asString());
        refund.put("charge", charge.get("id").asString());
        refund.put("currency", currency);
        refund.set("metadata", params.get("metadata") instanceof ObjectNode m ? m : Json.object());
        refund.set("payment_intent", charge.get("payment_intent"));
        Payments.putOrNull(refund, "reason", Json.text(params, "reason"));
        refund.putNull("receipt_number");
        refund.put("status", "succeeded");
        scope.save(refund);
        ObjectNode previous = Json.object();
        previous.put("amount_refunded", refunded);
        previous.put("refunded", false);
        charge.put("amount_refunded", refunded + amount);
        charge.put("refunded", refunded + amount == captured);
        if ("true".equals(Json.text(params, "refund_application_fee"))) {
            refundApplicationFee(scope, charge, amount, captured);
        }
        events.emit(scope, "refund.created", refund, null);
        events.emit(scope, "charge.refunded", charge, previous);
        return refund;
    }

    /** Updates a refund's metadata; emits {@code refund.updated}. */
    ObjectNode update(Scope scope, ObjectNode refund, ObjectNode params) {
        if (params.get("metadata") instanceof ObjectNode metadata) {
            ObjectNode previous = Json.object();
            previous.set("metadata", refund.get("metadata").deepCopy());
            ObjectNode current = (ObjectNode) refund.get("metadata");
            metadata.properties().forEach(e -> {
                if (e.getValue().asString().isEmpty()) {
                    current.remove(e.getKey());
                }
                else {
                    current.set(e.getKey(), e.getValue());
                }
            });
            events.emit(scope, "refund.updated", refund, previous);
        }
        return refund;
    }

    private ObjectNode charge(Scope scope, ObjectNode params) {
        String chargeId = Json.text(params, "charge");
        String intentId = Json.text(params, "payment_intent");
        if (chargeId == null && intentId == null) {
            throw StripeError.missing("charge");
        }
        if (chargeId != null) {
            return scope.require("charge", chargeId, "charge");
        }
        ObjectNode pi = scope.require("payment_intent", intentId, "payment_intent");
        String latest = Json.text(pi, "latest_charge");
        if (latest == null || !"succeeded".equals(Json.text(pi, "status"))) {
            throw new StripeError(400, "invalid_request_error", "charge_not_refundable",
                    "This PaymentIntent does not have a successful charge to refund.", "payment_intent", null, null);
        }
        return scope.require("charge", latest, "payment_intent");
    }

    private static void refundApplicationFee(Scope scope, ObjectNode charge, long amount, long captured) {
        String feeId = Json.text(charge, "application_fee");
        if (feeId == null) {
            return;
        }
        scope.platform().find("application_fee", feeId).ifPresent(fee -> {
            long back = fee.get("amount").asLong() * amount / captured;
            long total = Math.min(fee.get("amount").asLong(), fee.get("amount_refunded").asLong() + back);
            fee.put("amount_refunded", total);
            fee.put("refunded", total == fee.get("amount").asLong());
        });
    }

    private static String money(long cents) {
        return String.format(java.util.Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }
}
