package dev.cove.sandbox.quickbooks;

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
 * Mounts the QuickBooks Online sandbox under {@code /sandbox/quickbooks} when
 * {@code cove.sandbox.enabled=true} (and {@code cove.sandbox.quickbooks.enabled} is not {@code false}).
 * Policy numbers come from {@code cove.sandbox.quickbooks.*}.
 */
@AutoConfiguration(after = SandboxAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "cove.sandbox", name = "enabled", havingValue = "true")
@ConditionalOnProperty(prefix = "cove.sandbox.quickbooks", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(QuickBooksSettings.class)
public class QuickBooksSandboxAutoConfiguration {

    /**
     * The sandbox itself. The app can inject it as a {@link ProviderSandbox} (pick it by {@code name()} once
     * there are several) to reach its controls.
     */
    @Bean(destroyMethod = "close")
    QuickBooksSandbox quickBooksSandbox(SandboxProperties properties, QuickBooksSettings settings) {
        return new QuickBooksSandbox(properties, settings);
    }

    @Bean
    SandboxMount quickBooksSandboxMount(QuickBooksSandbox quickBooksSandbox) {
        return new SandboxMount(quickBooksSandbox, quickBooksSandbox.routes());
    }
}
