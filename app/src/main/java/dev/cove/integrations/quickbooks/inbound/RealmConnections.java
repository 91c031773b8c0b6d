package dev.cove.integrations.quickbooks.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.cove.integrations.Connection;
import dev.cove.integrations.Connections;
import dev.cove.integrations.Provider;
import dev.cove.integrations.ProviderProfiles;
import dev.cove.integrations.quickbooks.WebhookSignature;

/**
 * Which Cove companies a QuickBooks realm belongs to, and which verifier signed a notification. The
 * signature is checked before the body is read: against the verifier of every active QuickBooks
 * connection (normally all the same: one per app), and later a change is only given to connections
 * whose verifier signed it.
 */
@Component
class RealmConnections {

    private final Connections connections;
    private final ProviderProfiles profiles;

    RealmConnections(Connections connections, ProviderProfiles profiles) {
        this.connections = connections;
        this.profiles = profiles;
    }

    /** The hash of the verifier that signed {@code rawBody}, or empty when none did (forged). */
    Optional<String> signer(byte[] rawBody, String signature) {
        return connections.active(Provider.QUICKBOOKS).stream().map(this::verifier).filter(Objects::nonNull)
                .distinct().filter(v -> WebhookSignature.verify(rawBody, signature, v)).map(RealmConnections::hash)
                .findFirst();
    }

    /** The active connections on {@code realm} whose verifier is the one that signed. */
    List<Connection> of(String realm, String verifierHash) {
        return connections.active(Provider.QUICKBOOKS).stream().filter(c -> realm != null && realm.equals(c.accountId()))
                .filter(c -> verifierHash.equals(hash(verifier(c)))).toList();
    }

    private String verifier(Connection connection) {
        return profiles.webhookVerifier(connection.companyId(), Provider.QUICKBOOKS).filter(v -> !v.isBlank()).orElse(null);
    }

    static String hash(String text) {
        if (text == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
