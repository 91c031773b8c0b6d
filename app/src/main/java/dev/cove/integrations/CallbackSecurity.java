package dev.cove.integrations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OAuth callback is open to anyone holding a valid state: a flow started over the API returns without a
 * Cove session. The session (when there is one) is still read, so a browser-started flow is checked against
 * the signed-in company and the states its session started. GET only, and it changes nothing without a
 * valid single-use state, so CSRF tokens do not apply.
 */
@Configuration(proxyBeanMethods = false)
class CallbackSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain integrationCallbacks(HttpSecurity http) throws Exception {
        return http.securityMatcher("/integrations/*/callback")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }
}
