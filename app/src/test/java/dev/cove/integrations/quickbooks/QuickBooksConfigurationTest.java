package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class QuickBooksConfigurationTest {

    private static QuickBooksSettings settings(String apiBaseUrl) {
        return new QuickBooksSettings(apiBaseUrl, Duration.ofSeconds(10), Duration.ofSeconds(60), "75",
                Duration.ofSeconds(60), 30);
    }

    @Test
    void theApiOfTheConfiguredEnvironmentIsUsedAndAskedForOnEveryCall() {
        AtomicReference<Optional<URI>> configured = new AtomicReference<>(Optional.empty());
        var baseUrl = QuickBooksConfiguration.baseUrl(settings(""), configured::get);
        configured.set(Optional.of(URI.create("http://localhost:51234/sandbox/quickbooks")));

        assertThat(baseUrl.get()).hasToString("http://localhost:51234/sandbox/quickbooks");
        configured.set(Optional.of(URI.create("https://sandbox-quickbooks.api.intuit.com")));
        assertThat(baseUrl.get()).hasToString("https://sandbox-quickbooks.api.intuit.com");
    }

    @Test
    void aConfiguredUrlWinsAndProductionIsTheDefault() {
        Supplier<Optional<URI>> sandbox = () -> Optional.of(URI.create("http://localhost:8080/sandbox/quickbooks"));

        assertThat(QuickBooksConfiguration.baseUrl(settings("https://sandbox-quickbooks.api.intuit.com/"), sandbox).get())
            .hasToString("https://sandbox-quickbooks.api.intuit.com");
        assertThat(QuickBooksConfiguration.baseUrl(settings(null), Optional::empty).get())
            .hasToString("https://quickbooks.api.intuit.com");
    }
}
