package dev.cove.sandbox.stripe;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.cove.sandbox.SandboxAutoConfiguration;
import dev.cove.sandbox.common.ProviderSandbox;
import dev.cove.sandbox.common.SandboxMount;
import dev.cove.sandbox.common.SandboxProperties;

/**
 * Mounts the Stripe sandbox under {@code /sandbox/stripe} when {@code cove.sandbox.enabled=true} (and
 * {@code cove.sandbox.stripe.enabled} is not {@code false}). Policy numbers come from {@code cove.sandbox.stripe.*}.
 */
@AutoConfiguration(after = SandboxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "cove.sandbox", name = "enabled", havingValue = "true")
@ConditionalOnProperty(prefix = "cove.sandbox.stripe", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(StripeSettings.class)
public class StripeSandboxAutoConfiguration {

    /** The sandbox itself; exposed as {@link ProviderSandbox} so tests and tools can reach its controls. */
    @Bean(destroyMethod = "close")
    ProviderSandbox stripeSandbox(SandboxProperties properties, StripeSettings settings) {
        return new StripeSandbox(properties, settings);
    }

    @Bean
    SandboxMount stripeSandboxMount(ProviderSandbox stripeSandbox) {
        return new SandboxMount(stripeSandbox, ((StripeSandbox) stripeSandbox).routes());
    }
}
