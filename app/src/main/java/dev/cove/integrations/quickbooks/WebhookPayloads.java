package dev.cove.integrations.quickbooks;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads a QuickBooks webhook body into changes: the legacy {@code {"eventNotifications": [...]}}
 * object and the CloudEvents array ({@code type} {@code qbo.<entity>.<operation>.v1},
 * {@code intuitaccountid} the realm, {@code intuitentityid} the record; one POST may mix realms).
 * Unknown entity names are kept as sent so the caller can ignore them.
 */
public final class WebhookPayloads {

    private static final Map<String, String> ENTITIES = Map.of("customer", "Customer", "item", "Item", "invoice",
            "Invoice", "payment", "Payment", "refundreceipt", "RefundReceipt", "creditmemo", "CreditMemo", "term",
            "Term", "paymentmethod", "PaymentMethod", "account", "Account");
    private static final Map<String, String> OPERATIONS = Map.of("created", "Create", "updated", "Update", "deleted",
            "Delete", "merged", "Merge", "voided", "Void", "emailed", "Emailed");

    private WebhookPayloads() {
    }

    /** @throws IllegalArgumentException when the body is neither format */
    public static List<QuickBooksChange> parse(byte[] rawBody) {
        JsonNode root;
        try {
            root = QuickBooksJson.MAPPER.readTree(rawBody);
        }
        catch (RuntimeException malformed) {
            throw new IllegalArgumentException("The webhook body is not JSON", malformed);
        }
        if (root.isArray()) {
            return cloudEvents(root);
        }
        if (root.isObject() && root.has("eventNotifications")) {
            return legacy(root.get("eventNotifications"));
        }
        if (root.isObject() && root.has("specversion")) {
            return cloudEvents(QuickBooksJson.MAPPER.createArrayNode().add(root));
        }
        throw new IllegalArgumentException("Neither a legacy nor a CloudEvents QuickBooks webhook");
    }

    private static List<QuickBooksChange> legacy(JsonNode notifications) {
        List<QuickBooksChange> changes = new ArrayList<>();
        for (JsonNode notification : notifications) {
            String realm = text(notification, "realmId");
            for (JsonNode entity : notification.path("dataChangeEvent").path("entities")) {
                changes.add(new QuickBooksChange(realm, entityName(text(entity, "name")), text(entity, "id"),
                        text(entity, "operation"), time(text(entity, "lastUpdated")), text(entity, "deletedId")));
            }
        }
        return changes;
    }

    private static List<QuickBooksChange> cloudEvents(JsonNode events) {
        List<QuickBooksChange> changes = new ArrayList<>();
        for (JsonNode event : events) {
            String[] type = String.valueOf(text(event, "type")).split("\\.");
            if (type.length < 3) {
                throw new IllegalArgumentException("Unexpected CloudEvents type " + text(event, "type"));
            }
            String operation = OPERATIONS.getOrDefault(type[2].toLowerCase(Locale.ROOT), type[2]);
            changes.add(new QuickBooksChange(text(event, "intuitaccountid"), entityName(type[1]),
                    text(event, "intuitentityid"), operation, time(text(event, "time")),
                    text(event.path("data"), "deletedid") != null ? text(event.path("data"), "deletedid")
                            : text(event.path("data"), "deletedId")));
        }
        return changes;
    }

    private static String entityName(String name) {
        return name == null ? null : ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    private static OffsetDateTime time(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        }
        catch (RuntimeException unparsable) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
