package dev.cove.integrations.stripe;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Resolves Cove's own address and sandbox paths against the port this process listens on. */
@Component
class LocalAddress {

    private final Environment environment;
    private final StripeSettings settings;

    LocalAddress(Environment environment, StripeSettings settings) {
        this.environment = environment;
        this.settings = settings;
    }

    /** Cove's public address, without a trailing slash. */
    String cove() {
        String configured = settings.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return "http://localhost:" + port();
    }

    /** Stripe's API base; a path is the sandbox mounted in this process. */
    String stripeApi() {
        String base = settings.apiBase();
        return base.startsWith("/") ? "http://localhost:" + port() + base : base;
    }

    boolean sandbox() {
        return settings.apiBase().startsWith("/");
    }

    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
