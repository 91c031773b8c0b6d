package dev.cove.integrations;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy numbers and provider settings of the integrations hub, bound from {@code cove.integrations.*}.
 *
 * @param refreshSkew           a token is refreshed when it has less than this left
 * @param refreshLockWait       how long a caller waits for another thread or node that is refreshing the same
 *                              connection before giving up with {@link TokenRefreshFailed}
 * @param authorizationLifetime how long a started OAuth authorization may take before its state is refused
 * @param providerTimeout       connect and read timeout of token, revocation and account calls
 * @param publicUrl             Cove's own address as the provider redirects browsers to it; when empty the
 *                              address of the request that starts the flow is used
 * @param providers             per provider slug ({@code quickbooks}, {@code xero}, ...)
 */
@ConfigurationProperties("cove.integrations")
record IntegrationSettings(@DefaultValue("PT5M") Duration refreshSkew, @DefaultValue("PT10S") Duration refreshLockWait,
        @DefaultValue("PT15M") Duration authorizationLifetime, @DefaultValue("PT20S") Duration providerTimeout,
        String publicUrl, Map<String, ProviderSettings> providers) {

    IntegrationSettings {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /**
     * One provider's OAuth client.
     *
     * @param environment       which of {@code endpoints} is used
     * @param clientId          may be null: the provider then shows "Setup incomplete"
     * @param clientSecret      may be null, as {@code clientId}
     * @param webhookVerifier   the key inbound webhooks are signed with; may be null
     * @param scopes            requested, and checked against what the provider granted
     * @param pkce              sends an S256 code challenge (QuickBooks and Xero accept one)
     * @param accountParameter  the callback parameter naming the account (QuickBooks {@code realmId}); null when
     *                          the account comes from {@code tenantsUrl}
     * @param disconnect        what Disconnect does at the provider; {@code DELETE_CONNECTION} needs {@code tenants}
     * @param endpoints         per environment; in {@code SANDBOX} paths starting with {@code /} are resolved
     *                          against Cove's own port at run time
     */
    record ProviderSettings(@DefaultValue("SANDBOX") ProviderEnvironment environment, String clientId,
            String clientSecret, String webhookVerifier, List<String> scopes, @DefaultValue("true") boolean pkce,
            String accountParameter, @DefaultValue("REVOKE_GRANT") Disconnect disconnect,
            Map<ProviderEnvironment, Endpoints> endpoints) {

        ProviderSettings {
            disconnect = disconnect == null ? Disconnect.REVOKE_GRANT : disconnect;
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
        }
    }

    /** What Disconnect asks of the provider. */
    enum Disconnect {
        /** Revoke the refresh token (RFC 7009): the whole grant ends. */
        REVOKE_GRANT,
        /**
         * Delete only the chosen account's entry of the {@code tenants} list (Xero {@code DELETE /connections/{id}},
         * 204), so organisations the same grant reaches but Cove does not use are left as the user set them.
         */
        DELETE_CONNECTION
    }

    /**
     * The addresses of one environment.
     *
     * @param authorize          the consent page
     * @param token              the token endpoint (client authentication: HTTP Basic)
     * @param revoke             the revocation endpoint; may be null when the provider has none
     * @param api                the API base the provider's client talks to
     * @param tenants            Xero-style {@code /connections} listing the accounts a grant reaches; may be null
     * @param accountName        where the account's display name is read, with {@code {api}} and {@code {account}}
     *                           placeholders; may be null
     * @param accountNamePointer JSON pointer of the name in that response
     */
    record Endpoints(String authorize, String token, String revoke, String api, String tenants, String accountName,
            String accountNamePointer) {
    }
}
