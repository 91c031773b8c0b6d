package dev.cove.sandbox.stripe;

import tools.jackson.databind.node.ObjectNode;

import dev.cove.sandbox.common.Json;

/**
 * A Stripe error about to be answered: the HTTP status and the {@code error} object
 * ({@code type}, {@code code}, {@code decline_code}, {@code message}, {@code param}, {@code payment_intent}).
 * Thrown from deep inside request handling; {@link StripeGate} renders it.
 */
final class StripeError extends RuntimeException {

    final int status;
    final String type;
    final String code;
    final String param;
    final String declineCode;
    final ObjectNode paymentIntent;

    StripeError(int status, String type, String code, String message, String param, String declineCode,
            ObjectNode paymentIntent) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.declineCode = declineCode;
        this.paymentIntent = paymentIntent;
    }

    static StripeError invalid(String param, String message) {
        return new StripeError(400, "invalid_request_error", "parameter_invalid", message, param, null, null);
    }

    static StripeError missing(String param) {
        return new StripeError(400, "invalid_request_error", "parameter_missing", "Missing required param: " + param + ".",
                param, null, null);
    }

    static StripeError noSuch(String what, String id, String param) {
        return new StripeError(404, "invalid_request_error", "resource_missing",
                "No such " + what + ": '" + id + "'", param, null, null);
    }

    static StripeError state(String message) {
        return new StripeError(400, "invalid_request_error", "payment_intent_unexpected_state", message, null, null, null);
    }

    static StripeError card(String code, String declineCode, String message, ObjectNode paymentIntent) {
        return new StripeError(402, "card_error", code, message, null, declineCode, paymentIntent);
    }

    static StripeError badKey(String key) {
        String shown = key == null || key.length() < 12 ? "" : key.substring(0, 8) + "*".repeat(8) + key.substring(key.length() - 4);
        return new StripeError(401, "invalid_request_error", null, key == null || key.isEmpty()
                ? "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
                : "Invalid API Key provided: " + shown, null, null, null);
    }

    static StripeError noAccess(String account) {
        return new StripeError(403, "invalid_request_error", "account_invalid",
                "The provided key does not have access to account '" + account
                        + "' (or that account does not exist). Application access may have been revoked.",
                null, null, null);
    }

    static StripeError rateLimited() {
        return new StripeError(429, "invalid_request_error", "rate_limit",
                "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
                null, null, null);
    }

    static StripeError idempotencyMismatch(String key) {
        return new StripeError(400, "idempotency_error", "idempotency_key_in_use",
                "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '"
                        + key + "' if you meant to execute a different request.",
                null, null, null);
    }

    static StripeError concurrentIdempotent() {
        return new StripeError(409, "invalid_request_error", "idempotency_key_in_use",
                "There is currently another in-progress request using this Stripe token (probably means you clicked twice). Please try again.",
                null, null, null);
    }

    static StripeError api(int status) {
        return new StripeError(status, "api_error", null,
                "An unknown error occurred (injected by the sandbox, status " + status + ").", null, null, null);
    }

    /** {@code {"error": {...}}} as Stripe writes it. */
    String body() {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        if (code != null) {
            error.put("code", code);
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        if (declineCode != null) {
            error.put("decline_code", declineCode);
        }
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        if (paymentIntent != null) {
            error.set("payment_intent", paymentIntent);
        }
        error.put("type", type);
        return Json.write(root);
    }
}
