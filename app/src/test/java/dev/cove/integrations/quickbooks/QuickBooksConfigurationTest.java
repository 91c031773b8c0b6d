package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class QuickBooksConfigurationTest {

    private static QuickBooksSettings settings(String apiBaseUrl) {
        return new QuickBooksSettings(apiBaseUrl, Duration.ofSeconds(10), Duration.ofSeconds(60), "75",
                Duration.ofSeconds(60), 30);
    }

    @Test
    void theSandboxIsFoundOnTheRunningServersPort() {
        MockEnvironment environment = new MockEnvironment().withProperty("cove.sandbox.enabled", "true");
        var baseUrl = QuickBooksConfiguration.baseUrl(settings(""), environment);
        environment.setProperty("local.server.port", "51234");

        assertThat(baseUrl.get()).hasToString("http://localhost:51234/sandbox/quickbooks");
    }

    @Test
    void aConfiguredUrlWinsAndProductionIsTheDefault() {
        MockEnvironment sandboxOn = new MockEnvironment().withProperty("cove.sandbox.enabled", "true");

        assertThat(QuickBooksConfiguration.baseUrl(settings("https://sandbox-quickbooks.api.intuit.com/"), sandboxOn).get())
            .hasToString("https://sandbox-quickbooks.api.intuit.com");
        assertThat(QuickBooksConfiguration.baseUrl(settings(null), new MockEnvironment()).get())
            .hasToString("https://quickbooks.api.intuit.com");
    }
}
