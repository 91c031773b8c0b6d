package dev.cove.sandbox.quickbooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs {@link QueryStatement}s against a company. Comparisons are case-insensitive for text, numeric
 * for numbers and chronological for timestamps; a reference field compares its {@code value}; inactive
 * list records are left out unless the query tests {@code Active} itself.
 */
final class Queries {

    private final int maxResults;

    Queries(int maxResults) {
        this.maxResults = maxResults;
    }

    /** The {@code QueryResponse} object (without the outer envelope). */
    ObjectNode run(Company company, QueryStatement query) {
        List<ObjectNode> rows = company.all(query.entity().name()).stream()
            .filter(row -> matches(row, query))
            .sorted(order(query))
            .toList();
        ObjectNode response = Json.object();
        if (query.count()) {
            response.put("totalCount", rows.size());
            return response;
        }
        int limit = Math.min(query.maxResults() == null ? 100 : Math.max(0, query.maxResults()), maxResults);
        List<ObjectNode> page = rows.stream().skip(query.startPosition() - 1L).limit(limit).toList();
        if (!page.isEmpty()) {
            response.putArray(query.entity().name()).addAll(page);
            response.put("startPosition", query.startPosition());
            response.put("maxResults", page.size());
        }
        return response;
    }

    private static boolean matches(ObjectNode row, QueryStatement query) {
        boolean mentionsActive = query.conditions().stream().anyMatch(c -> c.field().equalsIgnoreCase("Active"));
        if (query.entity().list && !mentionsActive && !row.path("Active").asBoolean(true)) {
            return false;
        }
        return query.conditions().stream().allMatch(c -> test(field(row, c.field()), c));
    }

    private static boolean test(JsonNode value, QueryStatement.Condition condition) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        String actual = value.asString("");
        return switch (condition.op()) {
            case "=" -> compare(actual, condition.values().get(0)) == 0;
            case "!=" -> compare(actual, condition.values().get(0)) != 0;
            case "<" -> compare(actual, condition.values().get(0)) < 0;
            case ">" -> compare(actual, condition.values().get(0)) > 0;
            case "<=" -> compare(actual, condition.values().get(0)) <= 0;
            case ">=" -> compare(actual, condition.values().get(0)) >= 0;
            case "IN" -> condition.values().stream().anyMatch(v -> compare(actual, v) == 0);
            case "LIKE" -> like(actual, condition.values().get(0));
            default -> false;
        };
    }

    private static boolean like(String actual, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("%", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(actual).matches();
    }

    /** Numbers numerically, timestamps and dates chronologically, anything else as text without case. */
    static int compare(String left, String right) {
        BigDecimal a = number(left);
        BigDecimal b = number(right);
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        Instant x = instant(left);
        Instant y = instant(right);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return left.toLowerCase(Locale.ROOT).compareTo(right.toLowerCase(Locale.ROOT));
    }

    private static BigDecimal number(String text) {
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        }
        catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (RuntimeException notATimestamp) {
            try {
                return LocalDate.parse(text).atStartOfDay(Envelopes.INTUIT_ZONE).toInstant();
            }
            catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    /** Resolves {@code Metadata.LastUpdatedTime}, {@code CustomerRef} (its value) and plain fields, ignoring case. */
    static JsonNode field(JsonNode row, String path) {
        JsonNode current = row;
        for (String part : path.split("\\.")) {
            current = property(current, part.equalsIgnoreCase("Metadata") ? "MetaData" : part);
            if (current == null) {
                return null;
            }
        }
        if (current.isObject() && current.has("value")) {
            return current.get("value");
        }
        return current;
    }

    private static JsonNode property(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String candidate : node.propertyNames()) {
            if (candidate.equalsIgnoreCase(name)) {
                return node.get(candidate);
            }
        }
        return null;
    }

    private static Comparator<ObjectNode> order(QueryStatement query) {
        Comparator<ObjectNode> byId = (a, b) -> compare(Json.text(a, "Id"), Json.text(b, "Id"));
        if (query.orderBy() == null) {
            return byId;
        }
        Comparator<ObjectNode> byField = (a, b) -> {
            JsonNode x = field(a, query.orderBy());
            JsonNode y = field(b, query.orderBy());
            return compare(x == null ? "" : x.asString(""), y == null ? "" : y.asString(""));
        };
        return (query.descending() ? byField.reversed() : byField).thenComparing(byId);
    }
}
