package dev.cove.sandbox.quickbooks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.StoredResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** QBO's response envelopes and timestamps (Pacific time with offset, as Intuit writes them). */
final class Envelopes {

    static final ZoneId INTUIT_ZONE = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter WITH_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private Envelopes() {
    }

    /** The {@code time} field of an envelope: now, with milliseconds. */
    static String now() {
        return WITH_MILLIS.format(Instant.now().atZone(INTUIT_ZONE));
    }

    /** A {@code MetaData} timestamp: whole seconds with offset. */
    static String stamp(Instant instant) {
        return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(INTUIT_ZONE).toOffsetDateTime());
    }

    /** {@code {"<Type>": {...}, "time": "..."}}. */
    static StoredResponse entity(String type, JsonNode entity) {
        ObjectNode body = Json.object();
        body.set(type, entity);
        body.put("time", now());
        return new StoredResponse(200, Json.write(body));
    }

    static ObjectNode faultNode(QuickBooksFault fault) {
        ObjectNode error = Json.object();
        error.put("Message", fault.getMessage());
        error.put("Detail", fault.detail);
        error.put("code", fault.code);
        if (fault.element != null) {
            error.put("element", fault.element);
        }
        ObjectNode node = Json.object();
        ArrayNode errors = node.putArray("Error");
        errors.add(error);
        node.put("type", fault.type);
        return node;
    }

    /** {@code {"Fault": {"Error": [...], "type": "..."}, "time": "..."}} with the fault's status. */
    static StoredResponse fault(QuickBooksFault fault) {
        ObjectNode body = Json.object();
        body.set("Fault", faultNode(fault));
        body.put("time", now());
        return new StoredResponse(fault.status, Json.write(body));
    }
}
