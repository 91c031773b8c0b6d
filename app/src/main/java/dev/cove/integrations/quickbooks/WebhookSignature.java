package dev.cove.integrations.quickbooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code intuit-signature} check: base64 of HMAC-SHA256 over the raw request body, keyed with
 * the app's verifier token, compared in constant time. The same scheme covers legacy and
 * CloudEvents payloads. Verify the bytes as received, before any parsing.
 */
public final class WebhookSignature {

    public static final String HEADER = "intuit-signature";

    private WebhookSignature() {
    }

    /** True only when {@code signature} is the body's signature under {@code verifierToken}. */
    public static boolean verify(byte[] rawBody, String signature, String verifierToken) {
        if (rawBody == null || signature == null || verifierToken == null || verifierToken.isEmpty()) {
            return false;
        }
        byte[] expected = sign(rawBody, verifierToken).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** The header value QuickBooks would send for this body. */
    public static String sign(byte[] rawBody, String verifierToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(verifierToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(rawBody));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
