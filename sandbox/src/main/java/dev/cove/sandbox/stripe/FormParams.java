package dev.cove.sandbox.stripe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe's form encoding with bracket notation turned into a JSON tree: {@code metadata[invoice_id]=7}
 * becomes {@code {"metadata":{"invoice_id":"7"}}}, {@code line_items[0][price_data][unit_amount]=500} and
 * {@code expand[]=a&expand[]=b} become arrays. Every leaf stays a string, as on the wire.
 */
final class FormParams {

    private FormParams() {
    }

    static ObjectNode parse(Map<String, String[]> raw) {
        ObjectNode root = Json.object();
        raw.forEach((name, values) -> {
            for (String value : values) {
                put(root, segments(name), value);
            }
        });
        return (ObjectNode) arrays(root);
    }

    /** A canonical text of the parameters, for comparing an idempotent retry with its original. */
    static String fingerprint(Map<String, String[]> raw) {
        Map<String, List<String>> sorted = new TreeMap<>();
        raw.forEach((k, v) -> sorted.put(k, List.of(v)));
        return sorted.toString();
    }

    private static List<String> segments(String name) {
        List<String> parts = new ArrayList<>();
        int bracket = name.indexOf('[');
        if (bracket < 0) {
            return List.of(name);
        }
        parts.add(name.substring(0, bracket));
        int i = bracket;
        while (i < name.length() && name.charAt(i) == '[') {
            int close = name.indexOf(']', i);
            if (close < 0) {
                throw StripeError.invalid(name, "Invalid parameter name: " + name);
            }
            parts.add(name.substring(i + 1, close));
            i = close + 1;
        }
        return parts;
    }

    private static void put(ObjectNode root, List<String> path, String value) {
        ObjectNode node = root;
        for (int i = 0; i < path.size(); i++) {
            String key = path.get(i).isEmpty() ? "#" + node.size() : path.get(i);
            if (i == path.size() - 1) {
                node.put(key, value);
                return;
            }
            JsonNode child = node.get(key);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(key);
            }
            node = (ObjectNode) child;
        }
    }

    /** Objects whose keys are all indices become arrays in index order. */
    private static JsonNode arrays(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode converted = Json.object();
        object.properties().forEach(e -> converted.set(e.getKey(), arrays(e.getValue())));
        boolean indexed = converted.size() > 0
                && converted.propertyNames().stream().allMatch(k -> k.matches("#?[0-9]+"));
        if (!indexed) {
            return converted;
        }
        TreeMap<Integer, JsonNode> ordered = new TreeMap<>();
        converted.properties().forEach(e -> ordered.put(Integer.parseInt(e.getKey().replace("#", "")), e.getValue()));
        ArrayNode array = Json.MAPPER.createArrayNode();
        ordered.values().forEach(array::add);
        return array;
    }
}
