package dev.cove.sandbox.quickbooks;

import java.util.Locale;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operations a QBO request or batch item can ask for, each answering the JSON that goes next to
 * the envelope's {@code time}: writes ({@code create}, {@code update}, {@code delete}, {@code void}),
 * queries and batches of those.
 */
final class Operations {

    private final Records records;
    private final Queries queries;
    private final int maxBatchOperations;

    Operations(Records records, Queries queries, int maxBatchOperations) {
        this.records = records;
        this.queries = queries;
        this.maxBatchOperations = maxBatchOperations;
    }

    /**
     * A write: {@code operation} null or {@code create}/{@code update} saves; {@code delete} and
     * {@code void} do what they say. {@code include=void} with update voids too (QBO's payment void).
     */
    ObjectNode write(Company company, EntityType type, String operation, String include, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw QuickBooksFault.requiredMissing(type.name());
        }
        ObjectNode object = (ObjectNode) body;
        String op = operation == null ? "" : operation.toLowerCase(Locale.ROOT);
        if (op.equals("void") || (op.equals("update") && "void".equalsIgnoreCase(include))) {
            return records.voidTransaction(company, type, object);
        }
        return switch (op) {
            case "", "create", "update" -> records.save(company, type, object);
            case "delete" -> records.delete(company, type, object);
            default -> throw QuickBooksFault.unsupported("operation " + operation);
        };
    }

    ObjectNode query(Company company, String text) {
        return queries.run(company, QueryStatement.parse(text));
    }

    /** The {@code BatchItemResponse} array; items run in order and each may carry its own Fault. */
    ArrayNode batch(Company company, JsonNode body) {
        JsonNode items = body == null ? null : body.get("BatchItemRequest");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw QuickBooksFault.requiredMissing("BatchItemRequest");
        }
        if (items.size() > maxBatchOperations) {
            throw QuickBooksFault.business("A batch may hold at most " + maxBatchOperations
                    + " operations; this one holds " + items.size());
        }
        ArrayNode responses = Json.MAPPER.createArrayNode();
        for (JsonNode item : items) {
            ObjectNode response = responses.addObject();
            response.put("bId", Json.text(item, "bId"));
            try {
                if (item.has("Query")) {
                    response.set("QueryResponse", query(company, Json.text(item, "Query")));
                    continue;
                }
                EntityType type = item.propertyNames().stream().map(EntityType::parse)
                    .flatMap(java.util.Optional::stream).findFirst()
                    .orElseThrow(() -> QuickBooksFault.requiredMissing("entity"));
                ObjectNode result = write(company, type, Json.text(item, "operation"), Json.text(item, "optionsData"),
                        item.get(type.name()));
                response.set(type.name(), result);
            }
            catch (QuickBooksFault fault) {
                response.set("Fault", Envelopes.faultNode(fault));
            }
        }
        return responses;
    }
}
