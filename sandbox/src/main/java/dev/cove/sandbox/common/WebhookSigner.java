package dev.cove.sandbox.common;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A provider's webhook signature scheme: the headers that prove a body came from the sandbox. */
@FunctionalInterface
public interface WebhookSigner {

    /** Headers to send with {@code body} (the exact bytes on the wire), signed with {@code key}. */
    Map<String, String> sign(byte[] body, String key);

    /** HMAC-SHA256 of the bytes under a UTF-8 key. */
    static byte[] hmacSha256(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        }
        catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
