package dev.cove.integrations.stripe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;

import org.springframework.stereotype.Component;

/**
 * One {@link StripeClient} per mode (test, live), built with the platform's secret key and pointed at
 * {@code cove.stripe.api-base}; calls on a connected account carry its id as {@code Stripe-Account}.
 */
@Component
class StripeClients {

    private final StripeSettings settings;
    private final LocalAddress address;
    private final Map<String, StripeClient> clients = new ConcurrentHashMap<>();

    StripeClients(StripeSettings settings, LocalAddress address) {
        this.settings = settings;
        this.address = address;
    }

    StripeClient platform(boolean livemode) {
        String base = address.stripeApi();
        return clients.computeIfAbsent(livemode + "|" + base, k -> new StripeClient.StripeClientBuilder()
                .setApiKey(settings.secretKey(livemode)).setApiBase(base).setConnectBase(base).setFilesBase(base)
                .setMaxNetworkRetries(2).build());
    }

    static RequestOptions on(String account) {
        return RequestOptions.builder().setStripeAccount(account).build();
    }

    static RequestOptions on(String account, String idempotencyKey) {
        return RequestOptions.builder().setStripeAccount(account).setIdempotencyKey(idempotencyKey).build();
    }
}
