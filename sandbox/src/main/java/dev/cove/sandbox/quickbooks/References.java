package dev.cove.sandbox.quickbooks;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Resolves {@code XxxRef} fields the way QBO checks them: unknown id 2500, inactive or deleted record 610. */
final class References {

    private References() {
    }

    /** The record a required reference points at. */
    static ObjectNode require(Company company, JsonNode node, String field, EntityType type) {
        String id = Json.ref(node, field);
        if (id == null) {
            throw QuickBooksFault.requiredMissing(field);
        }
        return resolve(company, field, id, type);
    }

    /** The record an optional reference points at, or null when the field is absent. */
    static ObjectNode optional(Company company, JsonNode node, String field, EntityType type) {
        String id = Json.ref(node, field);
        return id == null ? null : resolve(company, field, id, type);
    }

    static ObjectNode resolve(Company company, String field, String id, EntityType type) {
        ObjectNode target = company.find(type.name(), id).orElse(null);
        if (target == null) {
            boolean deleted = company.deletions().stream()
                .anyMatch(d -> d.type().equals(type.name()) && d.id().equals(id));
            throw deleted ? QuickBooksFault.notFound(type.name(), id) : QuickBooksFault.invalidReference(field, id);
        }
        if (type.list && target.has("Active") && !target.get("Active").asBoolean(true)) {
            throw QuickBooksFault.notFound(type.name(), id);
        }
        return target;
    }

    /** Rewrites {@code {"value": id}} to {@code {"value": id, "name": <name>}} as QBO echoes references. */
    static void named(ObjectNode owner, String field, ObjectNode target, String nameField) {
        ObjectNode ref = Json.object();
        ref.put("value", Json.text(target, "Id"));
        String name = Json.text(target, nameField);
        if (name != null) {
            ref.put("name", name);
        }
        owner.set(field, ref);
    }
}
