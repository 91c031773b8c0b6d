package dev.cove.integrations.stripe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the built-in sandbox, registers Cove's Connect endpoint with it at start-up (Stripe's dashboard step)
 * and keeps the {@code whsec_} secret sealed like any other. Against real Stripe nothing happens: the secret
 * comes from the endpoint created in Stripe's dashboard.
 */
@Component
class SandboxWebhookEndpoint {

    private static final Logger log = LoggerFactory.getLogger(SandboxWebhookEndpoint.class);

    private final LocalAddress address;
    private final WebhookSecrets secrets;
    private final StripeSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxWebhookEndpoint(LocalAddress address, WebhookSecrets secrets, StripeSettings settings) {
        this.address = address;
        this.secrets = secrets;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (address.sandbox() && settings.registerSandboxWebhook()) {
            try {
                register();
            }
            catch (Exception unavailable) {
                log.warn("Could not register Cove's webhook endpoint with the Stripe sandbox: {}", unavailable.getMessage());
            }
        }
    }

    /** Points the sandbox's webhook endpoint at Cove; returns the secret it signs with. */
    String register() throws Exception {
        String secret = secrets.secret(false).orElseGet(SandboxWebhookEndpoint::newSecret);
        String body = "{\"url\":\"" + address.cove() + "/webhooks/stripe\",\"secret\":\"" + secret + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address.stripeApi() + "/_admin/webhooks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sandbox answered " + response.statusCode());
        }
        secrets.save(false, secret);
        secrets.save(true, secret);
        return secret;
    }

    private static String newSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return "whsec_" + HexFormat.of().formatHex(random);
    }
}
