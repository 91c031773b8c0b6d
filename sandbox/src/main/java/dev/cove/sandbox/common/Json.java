package dev.cove.sandbox.common;

import java.math.BigDecimal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandboxes' own JSON mapper (independent of the app's customisations) and null-safe readers
 * for provider-shaped JSON.
 */
public final class Json {

    /** Shared, thread-safe mapper. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Parses a JSON object; anything else (blank, malformed, an array) yields an empty object. */
    public static ObjectNode readObject(String text) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : MAPPER.readTree(text);
            return node instanceof ObjectNode object ? object : object();
        }
        catch (JacksonException malformed) {
            return object();
        }
    }

    /** Parses any JSON value; throws {@link IllegalArgumentException} on malformed input. */
    public static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text == null ? "" : text);
        }
        catch (JacksonException malformed) {
            throw new IllegalArgumentException(malformed.getOriginalMessage(), malformed);
        }
    }

    /** The text of a scalar field, or null when absent, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    /** The {@code value} of a reference field such as {@code CustomerRef}, or null. */
    public static String ref(JsonNode node, String field) {
        JsonNode ref = node == null ? null : node.get(field);
        return ref == null || !ref.isObject() ? null : text(ref, "value");
    }

    /** A decimal field, or null when absent or not numeric. */
    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isString() ? new BigDecimal(value.asString().trim()) : null;
        }
        catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
