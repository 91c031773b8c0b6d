package dev.cove.integrations.quickbooks;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.cove.integrations.Provider;
import dev.cove.integrations.ProviderProfiles;

/** The QuickBooks client bean, pointed at the sandbox or the real service by configuration only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuickBooksSettings.class)
class QuickBooksConfiguration {

    @Bean
    QuickBooksClient quickBooksClient(QuickBooksSettings settings, ProviderProfiles profiles) {
        return new QuickBooksClient(settings, baseUrl(settings, () -> profiles.configuredApiBase(Provider.QUICKBOOKS)));
    }

    /**
     * A configured {@code api-base-url} wins; otherwise the API of the environment QuickBooks is
     * configured for (the mounted sandbox, Intuit's sandbox or production), resolved per call because
     * the sandbox's port is only known once the web server has started; production when none is named.
     */
    static Supplier<URI> baseUrl(QuickBooksSettings settings, Supplier<Optional<URI>> environmentApi) {
        if (settings.apiBaseUrl() != null && !settings.apiBaseUrl().isBlank()) {
            URI fixed = URI.create(settings.apiBaseUrl().replaceAll("/+$", ""));
            return () -> fixed;
        }
        URI production = URI.create(QuickBooksSettings.PRODUCTION);
        return () -> environmentApi.get().orElse(production);
    }
}
