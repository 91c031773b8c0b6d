package dev.cove.integrations.quickbooks;

import java.net.URI;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The QuickBooks client bean, pointed at the sandbox or the real service by configuration only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuickBooksSettings.class)
class QuickBooksConfiguration {

    @Bean
    QuickBooksClient quickBooksClient(QuickBooksSettings settings, Environment environment) {
        return new QuickBooksClient(settings, baseUrl(settings, environment));
    }

    /** Resolved per call: the server port is only known once the web server has started. */
    static Supplier<URI> baseUrl(QuickBooksSettings settings, Environment environment) {
        if (settings.apiBaseUrl() != null && !settings.apiBaseUrl().isBlank()) {
            URI fixed = URI.create(settings.apiBaseUrl().replaceAll("/+$", ""));
            return () -> fixed;
        }
        if (!environment.getProperty("cove.sandbox.enabled", Boolean.class, false)) {
            URI production = URI.create(QuickBooksSettings.PRODUCTION);
            return () -> production;
        }
        return () -> URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port")
                + "/sandbox/quickbooks");
    }
}
