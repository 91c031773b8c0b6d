package dev.cove.sandbox.stripe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stripe's list object: newest first, {@code limit} (1 to the settings' maximum, default 10),
 * cursor pagination with {@code starting_after} / {@code ending_before}, {@code has_more} and {@code url}.
 */
final class Lists {

    private final int maxLimit;

    Lists(int maxLimit) {
        this.maxLimit = maxLimit;
    }

    ObjectNode page(String url, List<ObjectNode> records, Predicate<ObjectNode> filter, ObjectNode params) {
        int limit = limit(params);
        List<ObjectNode> ordered = new ArrayList<>(records.stream().filter(filter).toList());
        Collections.reverse(ordered);
        ordered.sort(Comparator.comparingLong((ObjectNode n) -> n.path("created").asLong()).reversed());
        String after = Json.text(params, "starting_after");
        String before = Json.text(params, "ending_before");
        List<ObjectNode> slice;
        boolean hasMore;
        if (before != null) {
            int end = indexOf(ordered, before, "ending_before");
            int start = Math.max(0, end - limit);
            slice = ordered.subList(start, end);
            hasMore = start > 0;
        }
        else {
            int start = after == null ? 0 : indexOf(ordered, after, "starting_after") + 1;
            int end = Math.min(ordered.size(), start + limit);
            slice = ordered.subList(start, end);
            hasMore = end < ordered.size();
        }
        ObjectNode list = Json.object();
        list.put("object", "list");
        var data = list.putArray("data");
        slice.forEach(n -> data.add(n.deepCopy()));
        list.put("has_more", hasMore);
        list.put("url", url);
        return list;
    }

    private int limit(ObjectNode params) {
        String text = Json.text(params, "limit");
        if (text == null) {
            return 10;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        }
        catch (NumberFormatException ignored) {
            // reported below
        }
        throw StripeError.invalid("limit", "Invalid integer: " + text + "; limit must be between 1 and " + maxLimit + ".");
    }

    private static int indexOf(List<ObjectNode> ordered, String id, String param) {
        for (int i = 0; i < ordered.size(); i++) {
            if (id.equals(ordered.get(i).path("id").asString())) {
                return i;
            }
        }
        throw StripeError.noSuch("object", id, param);
    }

    /** True when the record's field equals the parameter, or the parameter is absent. */
    static Predicate<ObjectNode> field(ObjectNode params, String param, String field) {
        String wanted = Json.text(params, param);
        return n -> {
            if (wanted == null) {
                return true;
            }
            JsonNode value = n.get(field);
            return value != null && wanted.equals(value.isObject() ? value.path("id").asString() : value.asString());
        };
    }
}
