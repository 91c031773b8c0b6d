package dev.cove.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Three doors: the API (bearer API keys, stateless, no CSRF because no cookie authenticates it),
 * machine-to-machine endpoints that check their own signatures (provider sandboxes, inbound
 * webhooks), and the pages (form login, session, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys) throws Exception {
        return stateless(http.securityMatcher("/api/**"))
                .addFilterBefore(new ApiKeyAuthentication(keys), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    response.setHeader("WWW-Authenticate", "Bearer");
                    response.setContentType("application/problem+json");
                    response.getWriter().write("""
                            {"type":"https://cove.dev/problems/unauthenticated","title":"Unauthenticated",\
                            "status":401,"detail":"Send a company API key as 'Authorization: Bearer <key>'."}""");
                }))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain machines(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher("/sandbox/**", "/webhooks/**", "/pay/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?signedOut"))
                .build();
    }

    /**
     * A door without sessions: no CSRF (no cookie authenticates it), no session, and none of what only
     * a session needs: no logout, no saved request to return to after a login, no anonymous user (an
     * unauthenticated API call is still refused with a 401), no servlet request wrapper for
     * {@code getUserPrincipal} (Cove reads the security context). Each ran on every call for nothing.
     */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .anonymous(a -> a.disable())
                .servletApi(s -> s.disable());
    }
}
