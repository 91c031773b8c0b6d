package dev.cove.integrations.quickbooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads a QuickBooks error response into a {@link QuickBooksFault}: the JSON
 * {@code {"Fault":{"Error":[...],"type":...}}} shape (any letter case, as 401s use lowercase), the
 * XML variant QuickBooks sometimes sends for 429s even when JSON was asked for, or a bare status.
 */
final class FaultResponses {

    private static final Pattern XML_CODE = Pattern.compile("<Error[^>]*\\scode=\"([^\"]*)\"");
    private static final Pattern XML_TYPE = Pattern.compile("<Fault[^>]*\\stype=\"([^\"]*)\"");
    private static final Pattern XML_MESSAGE = Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
    private static final Pattern XML_DETAIL = Pattern.compile("<Detail>(.*?)</Detail>", Pattern.DOTALL);

    private FaultResponses() {
    }

    static QuickBooksFault parse(int status, byte[] body, String retryAfterHeader, Duration throttleWait) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).trim();
        Duration retryAfter = retryAfter(retryAfterHeader);
        if (text.startsWith("<")) {
            String code = first(XML_CODE, text);
            return new QuickBooksFault(status, first(XML_TYPE, text), code,
                    orElse(first(XML_MESSAGE, text), "HTTP " + status), first(XML_DETAIL, text), null,
                    throttleDefault(status, code, retryAfter, throttleWait));
        }
        try {
            JsonNode fault = field(QuickBooksJson.MAPPER.readTree(text), "Fault");
            if (fault != null) {
                return fromFault(status, fault, retryAfter, throttleWait);
            }
        }
        catch (RuntimeException notJson) {
            // fall through to a fault made of the status alone
        }
        String snippet = text.length() > 300 ? text.substring(0, 300) : text;
        return new QuickBooksFault(status, null, null, "HTTP " + status, snippet.isEmpty() ? null : snippet, null,
                throttleDefault(status, null, retryAfter, throttleWait));
    }

    /** A Fault object, as in a response body or inside one batch item (status 0 = unknown there). */
    static QuickBooksFault fromFault(int status, JsonNode fault, Duration retryAfter, Duration throttleWait) {
        JsonNode errors = field(fault, "Error");
        JsonNode error = errors != null && errors.isArray() && !errors.isEmpty() ? errors.get(0) : null;
        String type = text(fault, "type");
        String code = text(error, "code");
        int effective = status != 0 ? status : "SystemFault".equalsIgnoreCase(type) ? 500 : 400;
        return new QuickBooksFault(effective, type, code, orElse(text(error, "Message"), "QuickBooks fault " + code),
                text(error, "Detail"), text(error, "element"), throttleDefault(effective, code, retryAfter, throttleWait));
    }

    /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        }
        catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            }
            catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    private static Duration throttleDefault(int status, String code, Duration retryAfter, Duration throttleWait) {
        if (retryAfter != null) {
            return retryAfter;
        }
        return status == 429 || "3001".equals(code) ? throttleWait : null;
    }

    /** A field looked up without regard to case ({@code Fault}/{@code fault}, {@code Message}/{@code message}). */
    private static JsonNode field(JsonNode node, String name) {
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

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).trim() : null;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
