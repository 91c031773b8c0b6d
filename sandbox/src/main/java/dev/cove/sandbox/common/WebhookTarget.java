package dev.cove.sandbox.common;

/**
 * Where a sandbox sends its webhooks.
 *
 * @param url           the receiver; null switches delivery off
 * @param verifierToken the key of the HMAC signature
 * @param format        a provider-specific payload format name (QuickBooks: {@code legacy} or {@code cloudevents})
 */
public record WebhookTarget(String url, String verifierToken, String format) {

    public static final WebhookTarget NONE = new WebhookTarget(null, null, null);
}
