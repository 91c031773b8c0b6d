package dev.cove.sandbox.stripe;

import java.net.URI;

import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hosted page of a {@code mode=setup} Checkout Session: the customer enters a card and nothing is charged.
 * 4242 saves it (the SetupIntent succeeds and attaches the card to the session's customer), a declining card
 * shows Stripe's message on the page and saves nothing, 3155 first asks for authentication (Complete/Fail).
 */
final class HostedSetupPage {

    private final CheckoutSessions checkout;
    private final SetupIntents setupIntents;
    private final PaymentMethods paymentMethods;

    HostedSetupPage(CheckoutSessions checkout, SetupIntents setupIntents, PaymentMethods paymentMethods) {
        this.checkout = checkout;
        this.setupIntents = setupIntents;
        this.paymentMethods = paymentMethods;
    }

    ServerResponse open(Scope scope, ObjectNode session, String error) {
        return HostedPages.html(200, "<h1>Save a card with " + HostedPages.esc(HostedPages.accountName(scope)) + "</h1>"
                + "<p id=\"setup\">You will not be charged now. Your card is kept for future payments.</p>"
                + (error == null ? "" : "<p id=\"error\" role=\"alert\">" + HostedPages.esc(error) + "</p>")
                + HostedPages.cardForm(session, "Save card") + HostedPages.cancelLink(session));
    }

    ServerResponse save(ServerRequest request, Scope scope, ObjectNode session) {
        ObjectNode pm = HostedPages.paymentMethod(request, scope, paymentMethods);
        ObjectNode intent = checkout.setupIntentFor(scope, session);
        ObjectNode params = Json.object();
        params.put("payment_method", pm.get("id").asString());
        try {
            setupIntents.confirm(scope, intent, params);
        }
        catch (StripeError declined) {
            return open(scope, session, declined.getMessage());
        }
        if ("requires_action".equals(intent.path("status").asString())) {
            return HostedPages.authenticationStep(session, "Authenticate this card",
                    "Your bank asks you to confirm that this card may be saved.");
        }
        return ServerResponse.seeOther(URI.create(checkout.completeSetup(scope, session))).build();
    }

    ServerResponse authenticate(ServerRequest request, Scope scope, ObjectNode session) {
        ObjectNode intent = checkout.setupIntentFor(scope, session);
        if (!"requires_action".equals(intent.path("status").asString())) {
            return open(scope, session, null);
        }
        setupIntents.authenticate(scope, intent, "complete".equals(request.param("decision").orElse("")));
        if (!"succeeded".equals(intent.path("status").asString())) {
            return open(scope, session, intent.path("last_setup_error").path("message").asString());
        }
        return ServerResponse.seeOther(URI.create(checkout.completeSetup(scope, session))).build();
    }
}
