package dev.cove.integrations.quickbooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * A fingerprint of a mapped payload: SHA-256 (hex) of its JSON with object keys sorted and nulls
 * left out, so equal content always hashes the same whatever the field order. The engine stores it
 * with the link and skips a push whose hash has not changed.
 */
public final class PayloadHash {

    private PayloadHash() {
    }

    public static String of(Object payload) {
        StringBuilder canonical = new StringBuilder();
        write(QuickBooksJson.MAPPER.valueToTree(payload), canonical);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (String name : new TreeSet<>(node.propertyNames())) {
                if (node.get(name).isNull()) {
                    continue;
                }
                out.append(first ? "" : ",").append(QuickBooksJson.MAPPER.writeValueAsString(name)).append(':');
                write(node.get(name), out);
                first = false;
            }
            out.append('}');
        }
        else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        }
        else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        }
        else {
            out.append(QuickBooksJson.MAPPER.writeValueAsString(node));
        }
    }
}
