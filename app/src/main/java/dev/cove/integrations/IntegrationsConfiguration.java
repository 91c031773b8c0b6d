package dev.cove.integrations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the hub's typed settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IntegrationSettings.class, VaultSettings.class })
class IntegrationsConfiguration {
}
