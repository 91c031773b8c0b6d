package dev.cove.sandbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import dev.cove.sandbox.common.SandboxProperties;

/**
 * Binds {@code cove.sandbox.*} when {@code cove.sandbox.enabled=true}. Each provider has its own
 * auto-configuration that runs after this one and mounts its routes under {@code /sandbox/<provider>}.
 * Nothing in the sandbox module carries a stereotype annotation, so the app's component scan of
 * {@code dev.cove} never mounts a sandbox by accident.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "cove.sandbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxAutoConfiguration {
}
