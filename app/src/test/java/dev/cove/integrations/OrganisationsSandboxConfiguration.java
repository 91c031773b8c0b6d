package dev.cove.integrations;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.sandbox.common.SandboxProperties;

/** Mounts the Xero-like {@link OrganisationsSandbox} under {@code /sandbox/organisations} in the test application. */
@TestConfiguration(proxyBeanMethods = false)
class OrganisationsSandboxConfiguration {

    @Bean
    OrganisationsSandbox organisationsSandbox(SandboxProperties properties) {
        return new OrganisationsSandbox(properties);
    }

    @Bean
    RouterFunction<ServerResponse> organisationsSandboxRoutes(OrganisationsSandbox sandbox) {
        return sandbox.routes();
    }
}
