package dev.cove.sandbox.quickbooks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.WebhookDispatcher;
import dev.cove.sandbox.common.WebhookSigner;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns committed changes into QBO webhook POSTs, in the legacy {@code eventNotifications} format
 * (target format {@code legacy}, the default) or as CloudEvents ({@code cloudevents}, sent as
 * {@code application/cloudevents+json}). Signed with {@code intuit-signature}: base64 HMAC-SHA256 of the
 * raw body keyed with the verifier token.
 */
final class QuickBooksWebhooks implements ChangeListener {

    static final String SIGNATURE_HEADER = "intuit-signature";
    static final WebhookSigner SIGNER = (body, key) -> Map.of(SIGNATURE_HEADER,
            Base64.getEncoder().encodeToString(WebhookSigner.hmacSha256(key, body)));

    private static final Map<String, String> PAST_TENSE = Map.of("Create", "created", "Update", "updated",
            "Delete", "deleted", "Void", "voided", "Merge", "merged", "Emailed", "emailed");

    private final WebhookDispatcher dispatcher;

    QuickBooksWebhooks(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void changed(String realmId, EntityType type, String id, String operation, String lastUpdated) {
        if (type == EntityType.CompanyInfo || type == EntityType.Preferences || type == EntityType.TaxCode
                || type == EntityType.TaxRate || dispatcher.target().url() == null) {
            return;
        }
        if ("cloudevents".equalsIgnoreCase(dispatcher.target().format())) {
            dispatcher.send("application/cloudevents+json", cloudEvent(realmId, type, id, operation, lastUpdated));
        }
        else {
            dispatcher.send("application/json", legacy(realmId, type, id, operation, lastUpdated));
        }
    }

    static String legacy(String realmId, EntityType type, String id, String operation, String lastUpdated) {
        ObjectNode root = Json.object();
        ObjectNode notification = root.putArray("eventNotifications").addObject();
        notification.put("realmId", realmId);
        ObjectNode entity = notification.putObject("dataChangeEvent").putArray("entities").addObject();
        entity.put("name", type.name());
        entity.put("id", id);
        entity.put("operation", operation);
        entity.put("lastUpdated", lastUpdated);
        return Json.write(root);
    }

    static String cloudEvent(String realmId, EntityType type, String id, String operation, String lastUpdated) {
        ObjectNode event = Json.object();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "intuit.quickbooks.sandbox");
        event.put("type", "qbo." + type.name().toLowerCase(Locale.ROOT) + "."
                + PAST_TENSE.getOrDefault(operation, operation.toLowerCase(Locale.ROOT)) + ".v1");
        event.put("datacontenttype", "application/json");
        event.put("time", lastUpdated);
        event.put("intuitentityid", id);
        event.put("intuitaccountid", realmId);
        event.putObject("data");
        return Json.write(Json.MAPPER.createArrayNode().add(event));
    }

    /** What a receiver does: recompute the signature over the raw bytes and compare in constant time. */
    static boolean verify(byte[] body, String signature, String verifierToken) {
        byte[] expected = Base64.getEncoder().encode(WebhookSigner.hmacSha256(verifierToken, body));
        return signature != null
                && java.security.MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
