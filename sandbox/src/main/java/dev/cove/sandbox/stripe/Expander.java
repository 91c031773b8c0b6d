package dev.cove.sandbox.stripe;

import java.util.Arrays;
import java.util.List;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe's {@code expand[]}: replaces an id field with the object it names, following dotted paths
 * ({@code latest_charge.balance_transaction}); on lists the paths start with {@code data.}. At most four levels.
 */
final class Expander {

    private Expander() {
    }

    static ObjectNode expand(Scope scope, ObjectNode node, ObjectNode params) {
        JsonNode expand = params.get("expand");
        if (expand == null) {
            return node;
        }
        List<String> paths = expand.isArray() ? expand.valueStream().map(JsonNode::asString).toList()
                : List.of(expand.asString());
        for (String path : paths) {
            List<String> segments = Arrays.asList(path.split("\\."));
            if (segments.size() > 4) {
                throw StripeError.invalid("expand", "You cannot expand more than 4 levels of a property. Property: " + path);
            }
            apply(scope, node, segments, path);
        }
        return node;
    }

    private static void apply(Scope scope, JsonNode node, List<String> segments, String path) {
        if (node instanceof ArrayNode array) {
            array.forEach(item -> apply(scope, item, segments, path));
            return;
        }
        if (!(node instanceof ObjectNode object) || segments.isEmpty()) {
            return;
        }
        String field = segments.get(0);
        JsonNode value = object.get(field);
        if (value == null) {
            throw StripeError.invalid("expand", "This property cannot be expanded (" + path + ").");
        }
        if (value.isString()) {
            String type = StripeIds.typeOf(value.asString());
            ObjectNode target = type == null ? null : scope.company().find(type, value.asString()).orElse(null);
            if (target == null) {
                throw StripeError.invalid("expand", "This property cannot be expanded (" + path + ").");
            }
            value = target.deepCopy();
            object.set(field, value);
        }
        apply(scope, value, segments.subList(1, segments.size()), path);
    }

    /** The expand paths of a list apply to its items: {@code data.payment_intent} becomes {@code payment_intent}. */
    static ObjectNode forItems(ObjectNode params) {
        JsonNode expand = params.get("expand");
        ObjectNode items = Json.object();
        if (expand != null && expand.isArray()) {
            ArrayNode paths = items.putArray("expand");
            expand.valueStream().map(JsonNode::asString).filter(p -> p.startsWith("data."))
                .forEach(p -> paths.add(p.substring(5)));
        }
        return items;
    }
}
