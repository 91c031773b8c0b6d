package dev.cove.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo company credentials, fixed through {@code COVE_DEMO_EMAIL}, {@code COVE_DEMO_PASSWORD} and
 * {@code COVE_DEMO_API_KEY}; absent ones are generated and printed.
 */
@ConfigurationProperties("cove.demo")
record DemoSettings(@DefaultValue("true") boolean enabled, @DefaultValue("owner@bluewave.example") String email,
        String password, String apiKey, @DefaultValue("40") int customers) {
}
