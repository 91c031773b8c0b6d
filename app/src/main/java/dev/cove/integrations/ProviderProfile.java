package dev.cove.integrations;

import java.net.URI;
import java.util.List;

/**
 * One company's OAuth client for one provider, with every address absolute: the file settings, overridden
 * by what the company entered, in the chosen environment. Its {@code toString} never shows a secret.
 *
 * @param revoke  may be null (no revocation endpoint)
 * @param tenants may be null (the account comes back on the callback as {@code accountParameter})
 */
record ProviderProfile(Provider provider, ProviderEnvironment environment, String clientId, String clientSecret,
        String webhookVerifier, List<String> scopes, boolean pkce, String accountParameter,
        IntegrationSettings.Disconnect disconnect, URI authorize, URI token,
        URI revoke, URI api, URI tenants, String accountNameUrl, String accountNamePointer) {

    /** Null when client id and secret are both present; otherwise what is missing, in words. */
    String missing() {
        if (clientId == null || clientId.isBlank()) {
            return "Add the client id and secret of Cove's " + provider.displayName() + " app.";
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            return "Add the client secret of Cove's " + provider.displayName() + " app.";
        }
        if (authorize == null || token == null) {
            return "No " + provider.displayName() + " addresses are configured for the " + environment + " environment.";
        }
        return null;
    }

    @Override
    public String toString() {
        return "ProviderProfile[" + provider + ", " + environment + ", clientId=" + clientId + ", token=" + token + "]";
    }
}
