package dev.cove.integrations;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys that seal tokens and secrets, bound from {@code cove.vault.*} (environment:
 * {@code COVE_VAULT_KEY}, {@code COVE_VAULT_KEY_ID}).
 *
 * @param key     base64 of a 256-bit AES key that seals new values; when empty a development key is used and a
 *                warning is logged at start-up
 * @param keyId   stored with every sealed value so keys can rotate
 * @param oldKeys earlier keys by id, still accepted for opening values sealed before a rotation
 */
@ConfigurationProperties("cove.vault")
record VaultSettings(String key, @DefaultValue("dev") String keyId, Map<String, String> oldKeys) {

    VaultSettings {
        oldKeys = oldKeys == null ? Map.of() : Map.copyOf(oldKeys);
    }
}
