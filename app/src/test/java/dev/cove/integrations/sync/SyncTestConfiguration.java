package dev.cove.integrations.sync;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import dev.cove.customers.Customers;
import dev.cove.integrations.sync.testprovider.TestHub;
import dev.cove.integrations.sync.testprovider.TestProviderAdapter;
import dev.cove.integrations.sync.testprovider.TestProviderSandbox;
import dev.cove.invoicing.Invoices;
import dev.cove.sandbox.common.SandboxProperties;

/**
 * The generic test provider mounted in the test application: its sandbox under
 * {@code /sandbox/testprovider}, its adapter, and a hub (connections + token vault) that knows it. The
 * sandbox enforces {@code test-provider.requests-per-minute} on the same time scale as the engine.
 */
@TestConfiguration(proxyBeanMethods = false)
class SyncTestConfiguration {

    @Bean
    TestProviderSandbox testProviderSandbox(SandboxProperties properties, Environment environment) {
        return new TestProviderSandbox(properties, environment.getRequiredProperty("cove.sync.time-scale", Double.class),
                environment.getRequiredProperty("test-provider.requests-per-minute", Integer.class),
                environment.getRequiredProperty("test-provider.max-concurrent", Integer.class));
    }

    @Bean
    RouterFunction<ServerResponse> testProviderRoutes(TestProviderSandbox sandbox) {
        return sandbox.routes();
    }

    @Bean
    TestProviderAdapter testProviderAdapter(Customers customers, Invoices invoices, JdbcClient jdbc, Environment environment) {
        return new TestProviderAdapter(customers, invoices, jdbc, environment);
    }

    @Bean
    @Primary
    TestHub testHub(TestProviderSandbox sandbox, ApplicationEventPublisher events) {
        return new TestHub(sandbox, events);
    }
}
