package dev.cove.integrations;

import java.net.URI;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import dev.cove.integrations.IntegrationSettings.Endpoints;
import dev.cove.integrations.IntegrationSettings.ProviderSettings;
import dev.cove.shared.CompanyId;

/**
 * Where a company's calls to a provider go and with which client. File settings
 * ({@code cove.integrations.providers.<slug>}) are the default; credentials entered on the settings page
 * override them. In the {@code SANDBOX} environment, paths are resolved against Cove's own port at run time,
 * since the built-in sandbox is mounted in this very process.
 */
@Service
public class ProviderProfiles {

    private final IntegrationSettings settings;
    private final CompanyCredentials credentials;
    private final Environment environment;

    ProviderProfiles(IntegrationSettings settings, CompanyCredentials credentials, Environment environment) {
        this.settings = settings;
        this.credentials = credentials;
        this.environment = environment;
    }

    /** True when Cove has an OAuth configuration for the provider at all ("Coming soon" otherwise). */
    public boolean offered(Provider provider) {
        return settings.providers().containsKey(provider.slug());
    }

    /**
     * The base of the provider's API in an environment ({@code endpoints} under
     * {@code cove.integrations.providers.<slug>}), e.g. Intuit's sandbox API for {@code PROVIDER_SANDBOX};
     * null stands for the provider's configured {@code environment}. Empty when that environment names no API.
     */
    public Optional<URI> apiBase(Provider provider, ProviderEnvironment environment) {
        ProviderSettings file = settings.providers().get(provider.slug());
        Endpoints endpoints = file == null ? null
                : file.endpoints().get(environment != null ? environment : file.environment());
        return Optional.ofNullable(endpoints == null ? null : uri(endpoints.api()));
    }

    /** The base of the provider's API for this company, e.g. {@code http://localhost:8080/sandbox/quickbooks}. */
    public Optional<URI> apiBase(CompanyId company, Provider provider) {
        return profile(company, provider).map(ProviderProfile::api);
    }

    /** The key the provider signs this company's webhooks with; empty when none is configured. */
    public Optional<String> webhookVerifier(CompanyId company, Provider provider) {
        return profile(company, provider).map(ProviderProfile::webhookVerifier);
    }

    Optional<ProviderProfile> profile(CompanyId company, Provider provider) {
        ProviderSettings file = settings.providers().get(provider.slug());
        if (file == null) {
            return Optional.empty();
        }
        CompanyCredentials.Entered entered = credentials.find(company, provider)
                .orElse(new CompanyCredentials.Entered(null, null, null, null));
        ProviderEnvironment env = entered.environment() != null ? entered.environment() : file.environment();
        boolean own = entered.clientId() != null;
        Endpoints endpoints = file.endpoints().get(env);
        return Optional.of(new ProviderProfile(provider, env, own ? entered.clientId() : file.clientId(),
                own || entered.clientSecret() != null ? entered.clientSecret() : file.clientSecret(),
                entered.webhookVerifier() != null ? entered.webhookVerifier() : file.webhookVerifier(), file.scopes(),
                file.pkce(), file.accountParameter(), file.disconnect(), uri(endpoints == null ? null : endpoints.authorize()),
                uri(endpoints == null ? null : endpoints.token()), uri(endpoints == null ? null : endpoints.revoke()),
                uri(endpoints == null ? null : endpoints.api()), uri(endpoints == null ? null : endpoints.tenants()),
                endpoints == null ? null : absolute(endpoints.accountName()),
                endpoints == null ? null : endpoints.accountNamePointer()));
    }

    private URI uri(String address) {
        String absolute = absolute(address);
        return absolute == null ? null : URI.create(absolute);
    }

    private String absolute(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        if (address.startsWith("/")) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            return "http://localhost:" + port + address;
        }
        return address;
    }
}
