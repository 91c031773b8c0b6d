package dev.cove.integrations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Seals tokens and secrets with AES-256-GCM (Spring Security Crypto, random 96-bit IV per value) as
 * {@code <key id>:<base64 of iv + ciphertext + tag>}. New values use the current key; values sealed under an
 * older key still open as long as that key is listed in {@code cove.vault.old-keys}.
 */
@Component
public class SecretSeal {

    private static final Logger log = LoggerFactory.getLogger(SecretSeal.class);

    /** For the run command and tests only; the warning below says so at every start. */
    static final String DEVELOPMENT_KEY = "Y292ZS1kZXZlbG9wbWVudC12YXVsdC1rZXktMzJieXQ=";

    private final String currentId;
    private final Map<String, AesBytesEncryptor> keys = new HashMap<>();

    SecretSeal(VaultSettings settings) {
        String key = settings.key();
        if (key == null || key.isBlank()) {
            log.warn("COVE_VAULT_KEY is not set: tokens are sealed with the PUBLIC DEVELOPMENT KEY (id '{}'). "
                    + "Set COVE_VAULT_KEY (base64 of 32 random bytes) and COVE_VAULT_KEY_ID in production.",
                    settings.keyId());
            key = DEVELOPMENT_KEY;
        }
        this.currentId = settings.keyId();
        settings.oldKeys().forEach((id, old) -> keys.put(id, encryptor(old)));
        keys.put(currentId, encryptor(key));
    }

    /** Null stays null, so optional columns need no special case. */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] sealed = keys.get(currentId).encrypt(plain.getBytes(StandardCharsets.UTF_8));
        return currentId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        AesBytesEncryptor key = colon > 0 ? keys.get(sealed.substring(0, colon)) : null;
        if (key == null) {
            throw new IllegalStateException("A sealed value uses a key id that is not configured: "
                    + (colon > 0 ? sealed.substring(0, colon) : "(none)") + "; add it to cove.vault.old-keys");
        }
        return new String(key.decrypt(Base64.getDecoder().decode(sealed.substring(colon + 1))), StandardCharsets.UTF_8);
    }

    String currentKeyId() {
        return currentId;
    }

    private static AesBytesEncryptor encryptor(String base64Key) {
        byte[] raw = Base64.getDecoder().decode(base64Key.trim());
        if (raw.length != 32) {
            throw new IllegalStateException("A vault key must be 32 bytes (base64 of 256 bits), got " + raw.length);
        }
        SecretKey key = new SecretKeySpec(raw, "AES");
        return new AesBytesEncryptor(key, KeyGenerators.secureRandom(12), CipherAlgorithm.GCM);
    }
}
