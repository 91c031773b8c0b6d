package dev.cove.integrations.quickbooks;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Provider;
import dev.cove.integrations.ProviderEnvironment;
import dev.cove.integrations.ProviderProfiles;

/** The QuickBooks client bean, pointed at the sandbox or the real service by configuration only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuickBooksSettings.class)
class QuickBooksConfiguration {

    @Bean
    QuickBooksClient quickBooksClient(QuickBooksSettings settings, ProviderProfiles profiles) {
        return new QuickBooksClient(settings, baseUrl(settings, environment -> profiles.apiBase(Provider.QUICKBOOKS, environment)));
    }

    /**
     * A configured {@code api-base-url} wins; otherwise the API of the environment the token's
     * connection was made in (the mounted sandbox, Intuit's sandbox or production; QuickBooks'
     * configured environment when the connection predates that record), resolved per call because the
     * sandbox's port is only known once the web server has started; production when none is named.
     */
    static Function<AccessToken, URI> baseUrl(QuickBooksSettings settings,
            Function<ProviderEnvironment, Optional<URI>> environmentApi) {
        if (settings.apiBaseUrl() != null && !settings.apiBaseUrl().isBlank()) {
            URI fixed = URI.create(settings.apiBaseUrl().replaceAll("/+$", ""));
            return token -> fixed;
        }
        URI production = URI.create(QuickBooksSettings.PRODUCTION);
        return token -> environmentApi.apply(token.environment()).orElse(production);
    }
}
