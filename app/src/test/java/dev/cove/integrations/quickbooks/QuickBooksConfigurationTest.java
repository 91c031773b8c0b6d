package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.ProviderEnvironment;

class QuickBooksConfigurationTest {

    /** What the configured endpoints say; null stands for the configured environment, here the built-in sandbox. */
    private final AtomicReference<String> sandboxPort = new AtomicReference<>("8080");
    private final Function<ProviderEnvironment, Optional<URI>> endpoints = environment -> Optional.of(URI.create(Map.of(
            ProviderEnvironment.SANDBOX, "http://localhost:" + sandboxPort.get() + "/sandbox/quickbooks",
            ProviderEnvironment.PROVIDER_SANDBOX, "https://sandbox-quickbooks.api.intuit.com",
            ProviderEnvironment.PRODUCTION, "https://quickbooks.api.intuit.com")
            .get(environment == null ? ProviderEnvironment.SANDBOX : environment)));

    private static QuickBooksSettings settings(String apiBaseUrl) {
        return new QuickBooksSettings(apiBaseUrl, Duration.ofSeconds(10), Duration.ofSeconds(60), "75",
                Duration.ofSeconds(60), 30);
    }

    private static AccessToken madeIn(ProviderEnvironment environment) {
        return new AccessToken("tok", "4620816123", Instant.now().plusSeconds(3600), environment);
    }

    @Test
    void eachTokenGoesToTheApiOfTheEnvironmentItsConnectionWasMadeIn() {
        var baseUrl = QuickBooksConfiguration.baseUrl(settings(""), endpoints);

        assertThat(baseUrl.apply(madeIn(ProviderEnvironment.PROVIDER_SANDBOX)))
            .hasToString("https://sandbox-quickbooks.api.intuit.com");
        assertThat(baseUrl.apply(madeIn(ProviderEnvironment.PRODUCTION))).hasToString("https://quickbooks.api.intuit.com");
        assertThat(baseUrl.apply(madeIn(null))).as("a connection from before environments were recorded")
            .hasToString("http://localhost:8080/sandbox/quickbooks");
    }

    @Test
    void theSandboxIsFoundOnThePortKnownAtCallTime() {
        var baseUrl = QuickBooksConfiguration.baseUrl(settings(""), endpoints);
        sandboxPort.set("51234");

        assertThat(baseUrl.apply(madeIn(ProviderEnvironment.SANDBOX))).hasToString("http://localhost:51234/sandbox/quickbooks");
    }

    @Test
    void aConfiguredUrlWinsAndProductionIsTheDefault() {
        assertThat(QuickBooksConfiguration.baseUrl(settings("https://qbo.example.test/"), endpoints)
            .apply(madeIn(ProviderEnvironment.PRODUCTION))).hasToString("https://qbo.example.test");
        assertThat(QuickBooksConfiguration.baseUrl(settings(null), environment -> Optional.empty())
            .apply(madeIn(ProviderEnvironment.SANDBOX))).hasToString("https://quickbooks.api.intuit.com");
    }
}
