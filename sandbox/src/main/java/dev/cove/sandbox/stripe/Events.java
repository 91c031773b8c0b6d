package dev.cove.sandbox.stripe;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records events on the account they happened on (the Events API reads them back) and hands them to
 * {@link EventDelivery}. Events of a connected account carry its id in {@code account}, as a Connect
 * endpoint receives them.
 */
final class Events {

    private final String apiVersion;
    private final EventDelivery delivery;

    Events(String apiVersion, EventDelivery delivery) {
        this.apiVersion = apiVersion;
        this.delivery = delivery;
    }

    ObjectNode emit(Scope scope, String type, ObjectNode object, ObjectNode previousAttributes) {
        ObjectNode event = Json.object();
        event.put("id", StripeIds.next("evt_"));
        event.put("object", "event");
        if (Scope.ACCOUNT.equals(scope.company().traits().get("role"))) {
            event.put("account", scope.accountId());
        }
        event.put("api_version", apiVersion);
        event.put("created", Scope.now());
        ObjectNode data = event.putObject("data");
        data.set("object", object.deepCopy());
        if (previousAttributes != null) {
            data.set("previous_attributes", previousAttributes);
        }
        event.put("livemode", scope.livemode());
        event.put("pending_webhooks", 1);
        ObjectNode request = event.putObject("request");
        request.putNull("id");
        request.putNull("idempotency_key");
        event.put("type", type);
        scope.save(event);
        delivery.deliver(event);
        return event;
    }
}
