package dev.cove.sandbox.quickbooks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Deletion;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Change data capture: {@code GET /cdc?entities=A,B&changedSince=<ISO-8601>} returns full records changed
 * since then and deletions as {@code {"status": "Deleted"}} stubs, at most a set number of objects
 * across all entities, looking back at most a set window.
 */
final class ChangeFeed {

    private final Duration lookBack;
    private final int maxObjects;

    ChangeFeed(Duration lookBack, int maxObjects) {
        this.lookBack = lookBack;
        this.maxObjects = maxObjects;
    }

    /** The {@code CDCResponse} array. */
    ArrayNode changes(Company company, String entities, String changedSince) {
        if (entities == null || entities.isBlank()) {
            throw QuickBooksFault.requiredMissing("entities");
        }
        if (changedSince == null || changedSince.isBlank()) {
            throw QuickBooksFault.requiredMissing("changedSince");
        }
        Instant since = Queries.instant(changedSince.trim());
        if (since == null) {
            throw QuickBooksFault.business("changedSince is not an ISO-8601 date-time: " + changedSince);
        }
        if (since.isBefore(Instant.now().minus(lookBack))) {
            throw QuickBooksFault.business("changedSince cannot be more than " + lookBack.toDays() + " days ago");
        }
        int budget = maxObjects;
        ArrayNode queryResponses = Json.MAPPER.createArrayNode();
        for (String name : entities.split(",")) {
            EntityType type = EntityType.parse(name.trim())
                .orElseThrow(() -> QuickBooksFault.business("CDC does not support entity " + name.trim()));
            List<ObjectNode> found = new ArrayList<>();
            for (ObjectNode row : company.all(type.name())) {
                Instant updated = Queries.instant(row.path("MetaData").path("LastUpdatedTime").asString(""));
                if (updated != null && !updated.isBefore(since)) {
                    found.add(row);
                }
            }
            for (Deletion deletion : company.deletions()) {
                if (deletion.type().equals(type.name()) && !deletion.at().isBefore(since)) {
                    ObjectNode stub = Json.object();
                    stub.put("domain", "QBO");
                    stub.put("status", "Deleted");
                    stub.put("Id", deletion.id());
                    stub.putObject("MetaData").put("LastUpdatedTime", Envelopes.stamp(deletion.at()));
                    found.add(stub);
                }
            }
            List<ObjectNode> page = found.stream().limit(Math.max(0, budget)).toList();
            budget -= page.size();
            ObjectNode response = queryResponses.addObject();
            if (!page.isEmpty()) {
                response.putArray(type.name()).addAll(page);
                response.put("startPosition", 1);
                response.put("maxResults", page.size());
            }
        }
        ArrayNode cdc = Json.MAPPER.createArrayNode();
        cdc.addObject().set("QueryResponse", queryResponses);
        return cdc;
    }
}
