package dev.cove.sandbox.stripe;

import java.net.URI;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

import dev.cove.sandbox.common.Company;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe's hosted pages as plain HTML forms a test can post with curl: the Checkout payment page
 * ({@code /c/pay/{session}}: card number, expiry, CVC; declines shown on the page; 3155 adds an
 * authentication step with Complete/Fail), the same address serving a setup-mode session's card-saving page
 * ({@link HostedSetupPage}) and the Connect onboarding page ({@code /connect/onboarding/{token}}).
 */
final class HostedPages {

    private final Accounts accounts;
    private final CheckoutSessions checkout;
    private final Payments payments;
    private final PaymentMethods paymentMethods;
    private final HostedSetupPage setup;

    HostedPages(Accounts accounts, CheckoutSessions checkout, Payments payments, PaymentMethods paymentMethods,
            SetupIntents setupIntents) {
        this.accounts = accounts;
        this.checkout = checkout;
        this.payments = payments;
        this.paymentMethods = paymentMethods;
        this.setup = new HostedSetupPage(checkout, setupIntents, paymentMethods);
    }

    RouterFunction<ServerResponse> routes() {
        String root = StripeSandbox.ROOT;
        return RouterFunctions.route()
            .GET(root + "/c/pay/{id}", r -> withSession(r, (scope, s) -> setup(s)
                    ? setup.open(scope, s, null) : open(scope, s, null)))
            .POST(root + "/c/pay/{id}", r -> withSession(r, (scope, s) -> setup(s)
                    ? setup.save(r, scope, s) : pay(r, scope, s)))
            .POST(root + "/c/pay/{id}/authenticate", r -> withSession(r, (scope, s) -> setup(s)
                    ? setup.authenticate(r, scope, s) : authenticate(r, scope, s)))
            .GET(root + "/connect/onboarding/{token}", this::onboardingPage)
            .POST(root + "/connect/onboarding/{token}", this::onboard)
            .build();
    }

    private static boolean setup(ObjectNode session) {
        return "setup".equals(session.path("mode").asString());
    }

    private interface SessionStep {
        ServerResponse apply(Scope scope, ObjectNode session) throws Exception;
    }

    private ServerResponse withSession(ServerRequest request, SessionStep step) throws Exception {
        String id = request.pathVariable("id");
        Optional<Company> holder = accounts.holderOf("checkout.session", id);
        if (holder.isEmpty()) {
            return html(404, "<h1>Not found</h1><p>This checkout page does not exist.</p>");
        }
        Scope scope = accounts.scopeOf(holder.get());
        return holder.get().atomically(() -> {
            ObjectNode session = holder.get().find("checkout.session", id).orElseThrow();
            if (checkout.expireIfDue(scope, session)) {
                return html(410, "<h1>This checkout session has expired</h1>");
            }
            if ("complete".equals(session.path("status").asString())) {
                return html(200, setup(session) ? "<h1>Card saved</h1><p>This checkout session is complete.</p>"
                        : "<h1>Already paid</h1><p>This checkout session is complete.</p>");
            }
            try {
                return step.apply(scope, session);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ServerResponse open(Scope scope, ObjectNode session, String error) {
        return html(200, "<h1>Pay " + esc(accountName(scope)) + "</h1>"
                + "<p id=\"amount\">" + money(session.get("amount_total").asLong()) + " " + esc(session.get("currency").asString().toUpperCase()) + "</p>"
                + (error == null ? "" : "<p id=\"error\" role=\"alert\">" + esc(error) + "</p>")
                + cardForm(session, "Pay") + cancelLink(session));
    }

    static String cardForm(ObjectNode session, String button) {
        return "<form method=\"post\" action=\"" + StripeSandbox.ROOT + "/c/pay/" + session.get("id").asString() + "\">"
                + "<label>Card number <input name=\"card_number\" placeholder=\"4242 4242 4242 4242\"></label>"
                + "<label>Expiry <input name=\"card_expiry\" placeholder=\"12 / 34\"></label>"
                + "<label>CVC <input name=\"card_cvc\" placeholder=\"123\"></label>"
                + "<button type=\"submit\">" + esc(button) + "</button></form>";
    }

    static String cancelLink(ObjectNode session) {
        return session.path("cancel_url").isString()
                ? "<p><a id=\"cancel\" href=\"" + esc(session.get("cancel_url").asString()) + "\">Cancel and go back</a></p>" : "";
    }

    /** A card payment method from the hosted form's number and expiry. */
    static ObjectNode paymentMethod(ServerRequest request, Scope scope, PaymentMethods paymentMethods) {
        String number = request.param("card_number").orElse("");
        String[] expiry = request.param("card_expiry").orElse("12/34").replace(" ", "").split("/");
        int month = expiry.length > 0 && expiry[0].matches("[0-9]{1,2}") ? Integer.parseInt(expiry[0]) : 12;
        int year = expiry.length > 1 && expiry[1].matches("[0-9]{2,4}") ? Integer.parseInt(expiry[1]) : 34;
        return paymentMethods.create(scope, number, month, year < 100 ? 2000 + year : year);
    }

    static ServerResponse authenticationStep(ObjectNode session, String title, String text) {
        return html(200, "<h1>" + esc(title) + "</h1><p>" + esc(text) + "</p>"
                + "<form method=\"post\" action=\"" + StripeSandbox.ROOT + "/c/pay/" + session.get("id").asString() + "/authenticate\">"
                + "<button name=\"decision\" value=\"complete\">Complete</button>"
                + "<button name=\"decision\" value=\"fail\">Fail</button></form>");
    }

    private ServerResponse pay(ServerRequest request, Scope scope, ObjectNode session) throws Exception {
        ObjectNode pm = paymentMethod(request, scope, paymentMethods);
        ObjectNode pi = checkout.intentFor(scope, session);
        ObjectNode params = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        params.put("payment_method", pm.get("id").asString());
        try {
            payments.confirm(scope, pi, params);
        }
        catch (StripeError declined) {
            return open(scope, session, declined.getMessage());
        }
        if ("requires_action".equals(pi.path("status").asString())) {
            return authenticationStep(session, "Authenticate this payment", "Your bank asks you to confirm this payment.");
        }
        return ServerResponse.seeOther(URI.create(checkout.complete(scope, session, pi))).build();
    }

    private ServerResponse authenticate(ServerRequest request, Scope scope, ObjectNode session) throws Exception {
        ObjectNode pi = checkout.intentFor(scope, session);
        if (!"requires_action".equals(pi.path("status").asString())) {
            return open(scope, session, null);
        }
        payments.authenticate(scope, pi, "complete".equals(request.param("decision").orElse("")));
        if (!"succeeded".equals(pi.path("status").asString())) {
            return open(scope, session, pi.path("last_payment_error").path("message").asString());
        }
        return ServerResponse.seeOther(URI.create(checkout.complete(scope, session, pi))).build();
    }

    private ServerResponse onboardingPage(ServerRequest request) {
        String token = request.pathVariable("token");
        Optional<Accounts.Link> link = accounts.usableLink(token);
        if (link.isEmpty()) {
            return accounts.anyLink(token).map(l -> ServerResponse.status(302).location(URI.create(l.refreshUrl())).build())
                .orElseGet(() -> html(404, "<h1>Not found</h1>"));
        }
        return html(200, "<h1>Set up payments for " + esc(link.get().account()) + "</h1>"
                + "<form method=\"post\" action=\"" + StripeSandbox.ROOT + "/connect/onboarding/" + token + "\">"
                + "<label>Business name <input name=\"business_name\"></label>"
                + "<label>Routing number <input name=\"routing_number\" placeholder=\"110000000\"></label>"
                + "<label>Account number <input name=\"account_number\" placeholder=\"000123456789\"></label>"
                + "<label><input type=\"checkbox\" name=\"leave_requirements_due\" value=\"true\"> Leave requirements due (skip identity verification)</label>"
                + "<button type=\"submit\">Submit</button></form>");
    }

    private ServerResponse onboard(ServerRequest request) {
        String token = request.pathVariable("token");
        Optional<Accounts.Link> link = accounts.usableLink(token);
        if (link.isEmpty()) {
            return accounts.anyLink(token).map(l -> ServerResponse.status(302).location(URI.create(l.refreshUrl())).build())
                .orElseGet(() -> html(404, "<h1>Not found</h1>"));
        }
        accounts.onboard(link.get(), request.param("business_name").orElse(null), request.param("routing_number").orElse(null),
                request.param("account_number").orElse(null), "true".equals(request.param("leave_requirements_due").orElse("")));
        return ServerResponse.status(302).location(URI.create(link.get().returnUrl())).build();
    }

    static String accountName(Scope scope) {
        return scope.company().find("account", scope.accountId())
            .map(a -> a.path("business_profile").path("name").asString(scope.accountId())).orElse(scope.accountId());
    }

    private static String money(long minor) {
        return String.format(java.util.Locale.ROOT, "%d.%02d", minor / 100, minor % 100);
    }

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    static ServerResponse html(int status, String body) {
        return ServerResponse.status(status).contentType(MediaType.TEXT_HTML)
            .body("<!doctype html><html><head><meta charset=\"utf-8\"><title>Stripe sandbox</title></head><body>" + body + "</body></html>");
    }
}
