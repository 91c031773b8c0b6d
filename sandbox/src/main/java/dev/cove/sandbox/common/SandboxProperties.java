package dev.cove.sandbox.common;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every provider sandbox, bound from {@code cove.sandbox.*}.
 *
 * @param enabled   mounts the sandboxes under {@code /sandbox}; off unless set to {@code true}
 * @param clients   OAuth clients every sandbox accepts; defaults to one client
 *                  {@code cove-sandbox-client} / {@code cove-sandbox-secret}
 * @param timeScale how many provider seconds pass in one real second at start-up (token lifetimes,
 *                  rate-limit windows and webhook retry delays are divided by it)
 * @param adminToken when set, the admin API under {@code _admin} demands {@code Authorization: Bearer <adminToken>};
 *                  may be null (admin API open, as the sandbox is a development tool)
 */
@ConfigurationProperties("cove.sandbox")
public record SandboxProperties(boolean enabled, List<RegisteredClient> clients,
        @DefaultValue("1") double timeScale, String adminToken) {

    /** The client Cove's code authenticates with; any localhost redirect URI is accepted. */
    public record RegisteredClient(String id, String secret) {
    }

    public SandboxProperties {
        if (clients == null || clients.isEmpty()) {
            clients = List.of(new RegisteredClient("cove-sandbox-client", "cove-sandbox-secret"));
        }
        if (timeScale <= 0) {
            timeScale = 1;
        }
    }

    /** True when the id and secret belong to a configured client. */
    public boolean acceptsClient(String id, String secret) {
        return clients.stream().anyMatch(c -> c.id().equals(id) && c.secret().equals(secret));
    }

    /** True when a client with this id is configured. */
    public boolean knowsClient(String id) {
        return clients.stream().anyMatch(c -> c.id().equals(id));
    }
}
