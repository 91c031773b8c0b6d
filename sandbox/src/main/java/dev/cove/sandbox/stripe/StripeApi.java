package dev.cove.sandbox.stripe;

import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/** The v1 REST surface under {@code /sandbox/stripe/v1}, every route behind the {@link StripeGate}. */
final class StripeApi {

    static final String V1 = StripeSandbox.ROOT + "/v1";

    private final StripeGate gate;
    private final Lists lists;
    private final Accounts accounts;
    private final Payments payments;
    private final CheckoutSessions checkout;
    private final PaymentMethods paymentMethods;
    private final SetupIntents setupIntents;
    private final Refunds refunds;
    private final EventDelivery delivery;

    StripeApi(StripeGate gate, Lists lists, Accounts accounts, Payments payments, CheckoutSessions checkout,
            PaymentMethods paymentMethods, SetupIntents setupIntents, Refunds refunds, EventDelivery delivery) {
        this.gate = gate;
        this.lists = lists;
        this.accounts = accounts;
        this.payments = payments;
        this.checkout = checkout;
        this.paymentMethods = paymentMethods;
        this.setupIntents = setupIntents;
        this.refunds = refunds;
        this.delivery = delivery;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
            .POST(V1 + "/accounts", r -> call(r, c -> accounts.create(c.scope(), c.params())))
            .GET(V1 + "/accounts", r -> call(r, c -> list(c, "/v1/accounts", accountsOf(c), n -> true)))
            .GET(V1 + "/accounts/{id}", r -> call(r, c -> account(c, r.pathVariable("id"))))
            .POST(V1 + "/accounts/{id}", r -> call(r, c -> accounts.update(accounts.scopeOf(
                    accounts.connected(r.pathVariable("id"), c.scope().livemode()).orElseThrow()), account(c, r.pathVariable("id")), c.params())))
            .GET(V1 + "/account", r -> call(r, c -> c.scope().company().find("account", c.scope().accountId()).orElseThrow()))
            .POST(V1 + "/account_links", r -> call(r, c -> accounts.link(c.scope(), c.params(), c.origin())))
            .POST(V1 + "/checkout/sessions", r -> call(r, c -> checkout.create(c.scope(), c.params(), c.origin())))
            .GET(V1 + "/checkout/sessions", r -> call(r, c -> list(c, "/v1/checkout/sessions", c.scope().company().all("checkout.session"),
                    Lists.field(c.params(), "payment_intent", "payment_intent").and(Lists.field(c.params(), "status", "status")))))
            .GET(V1 + "/checkout/sessions/{id}", r -> call(r, c -> session(c, r.pathVariable("id"))))
            .POST(V1 + "/checkout/sessions/{id}/expire", r -> call(r, c -> checkout.expire(c.scope(), session(c, r.pathVariable("id")))))
            .POST(V1 + "/payment_intents", r -> call(r, c -> payments.create(c.scope(), c.params())))
            .GET(V1 + "/payment_intents", r -> call(r, c -> list(c, "/v1/payment_intents", c.scope().company().all("payment_intent"),
                    Lists.field(c.params(), "customer", "customer"))))
            .GET(V1 + "/payment_intents/{id}", r -> call(r, c -> get(c, "payment_intent", r.pathVariable("id"))))
            .POST(V1 + "/payment_intents/{id}/confirm", r -> call(r, c -> payments.confirm(c.scope(),
                    stored(c, "payment_intent", r.pathVariable("id")), c.params())))
            .POST(V1 + "/payment_intents/{id}/cancel", r -> call(r, c -> payments.cancel(c.scope(),
                    stored(c, "payment_intent", r.pathVariable("id")), c.params())))
            .POST(V1 + "/setup_intents", r -> call(r, c -> setupIntents.create(c.scope(), c.params(), c.origin())))
            .GET(V1 + "/setup_intents", r -> call(r, c -> list(c, "/v1/setup_intents", c.scope().company().all("setup_intent"),
                    Lists.field(c.params(), "customer", "customer"))))
            .GET(V1 + "/setup_intents/{id}", r -> call(r, c -> get(c, "setup_intent", r.pathVariable("id"))))
            .POST(V1 + "/setup_intents/{id}/confirm", r -> call(r, c -> setupIntents.confirm(c.scope(),
                    stored(c, "setup_intent", r.pathVariable("id")), c.params())))
            .POST(V1 + "/customers", r -> call(r, c -> setupIntents.createCustomer(c.scope(), c.params())))
            .GET(V1 + "/customers", r -> call(r, c -> list(c, "/v1/customers", c.scope().company().all("customer"),
                    Lists.field(c.params(), "email", "email"))))
            .GET(V1 + "/customers/{id}", r -> call(r, c -> get(c, "customer", r.pathVariable("id"))))
            .POST(V1 + "/customers/{id}", r -> call(r, c -> setupIntents.updateCustomer(c.scope(),
                    stored(c, "customer", r.pathVariable("id")), c.params())))
            .GET(V1 + "/customers/{id}/payment_methods", r -> call(r, c -> {
                get(c, "customer", r.pathVariable("id"));
                return list(c, "/v1/customers/" + r.pathVariable("id") + "/payment_methods",
                        c.scope().company().all("payment_method"), n -> r.pathVariable("id").equals(Json.text(n, "customer")));
            }))
            .POST(V1 + "/payment_methods", r -> call(r, c -> paymentMethods.createFromParams(c.scope(), c.params())))
            .GET(V1 + "/payment_methods", r -> call(r, c -> {
                if (Json.text(c.params(), "customer") == null) {
                    throw StripeError.missing("customer");
                }
                return list(c, "/v1/payment_methods", c.scope().company().all("payment_method"), Lists.field(c.params(), "customer", "customer"));
            }))
            .GET(V1 + "/payment_methods/{id}", r -> call(r, c -> get(c, "payment_method", r.pathVariable("id"))))
            .POST(V1 + "/payment_methods/{id}/attach", r -> call(r, c -> paymentMethods.attach(c.scope(),
                    paymentMethods.resolve(c.scope(), r.pathVariable("id"), "payment_method"), Json.text(c.params(), "customer"))))
            .POST(V1 + "/payment_methods/{id}/detach", r -> call(r, c -> paymentMethods.detach(c.scope(),
                    stored(c, "payment_method", r.pathVariable("id")))))
            .GET(V1 + "/charges", r -> call(r, c -> list(c, "/v1/charges", c.scope().company().all("charge"),
                    Lists.field(c.params(), "payment_intent", "payment_intent").and(Lists.field(c.params(), "customer", "customer")))))
            .GET(V1 + "/charges/{id}", r -> call(r, c -> get(c, "charge", r.pathVariable("id"))))
            .POST(V1 + "/refunds", r -> call(r, c -> refunds.create(c.scope(), c.params())))
            .GET(V1 + "/refunds", r -> call(r, c -> list(c, "/v1/refunds", c.scope().company().all("refund"),
                    Lists.field(c.params(), "payment_intent", "payment_intent").and(Lists.field(c.params(), "charge", "charge")))))
            .GET(V1 + "/refunds/{id}", r -> call(r, c -> get(c, "refund", r.pathVariable("id"))))
            .POST(V1 + "/refunds/{id}", r -> call(r, c -> refunds.update(c.scope(), stored(c, "refund", r.pathVariable("id")), c.params())))
            .GET(V1 + "/balance_transactions", r -> call(r, c -> list(c, "/v1/balance_transactions",
                    c.scope().company().all("balance_transaction"), Lists.field(c.params(), "source", "source")
                        .and(Lists.field(c.params(), "type", "type")))))
            .GET(V1 + "/balance_transactions/{id}", r -> call(r, c -> get(c, "balance_transaction", r.pathVariable("id"))))
            .GET(V1 + "/application_fees", r -> call(r, c -> list(c, "/v1/application_fees", c.scope().company().all("application_fee"),
                    Lists.field(c.params(), "charge", "charge"))))
            .GET(V1 + "/application_fees/{id}", r -> call(r, c -> get(c, "application_fee", r.pathVariable("id"))))
            .GET(V1 + "/events", r -> call(r, c -> list(c, "/v1/events", c.scope().company().all("event"),
                    Lists.field(c.params(), "type", "type").and(deliveryFilter(c.params())))))
            .GET(V1 + "/events/{id}", r -> call(r, c -> get(c, "event", r.pathVariable("id"))))
            .build();
    }

    private ServerResponse call(ServerRequest request, Function<StripeGate.Call, ObjectNode> handler) throws Exception {
        return gate.handle(request, handler);
    }

    private ObjectNode get(StripeGate.Call call, String type, String id) {
        return Expander.expand(call.scope(), call.scope().require(type, id, "id").deepCopy(), call.params());
    }

    /** The object itself, for calls that change it (never an expanded copy, or the change would be lost). */
    private ObjectNode stored(StripeGate.Call call, String type, String id) {
        return call.scope().require(type, id, "id");
    }

    private ObjectNode session(StripeGate.Call call, String id) {
        ObjectNode session = call.scope().require("checkout.session", id, "session");
        checkout.expireIfDue(call.scope(), session);
        return Expander.expand(call.scope(), session.deepCopy(), call.params());
    }

    private ObjectNode account(StripeGate.Call call, String id) {
        if (call.scope().account() != null && !call.scope().account().equals(id)) {
            throw StripeError.noAccess(id);
        }
        return accounts.connected(id, call.scope().livemode()).flatMap(c -> c.find("account", id))
            .orElseThrow(() -> StripeError.noAccess(id));
    }

    private java.util.List<ObjectNode> accountsOf(StripeGate.Call call) {
        return accounts.all(call.scope());
    }

    private ObjectNode list(StripeGate.Call call, String url, java.util.List<ObjectNode> records, Predicate<ObjectNode> filter) {
        ObjectNode page = lists.page(url, records, filter, call.params());
        ObjectNode itemParams = Expander.forItems(call.params());
        page.withArray("data").forEach(item -> Expander.expand(call.scope(), (ObjectNode) item, itemParams));
        return page;
    }

    private Predicate<ObjectNode> deliveryFilter(ObjectNode params) {
        String wanted = Json.text(params, "delivery_success");
        return n -> wanted == null || Boolean.parseBoolean(wanted) != delivery.wasLost(n.path("id").asString());
    }
}
