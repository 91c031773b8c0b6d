package dev.cove.integrations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds which provider account a fresh grant reaches: from a callback parameter (QuickBooks {@code realmId}),
 * or from a Xero-style {@code /connections} list ({@code tenantId}, {@code tenantName}); and the account's
 * display name. Runs only while the OAuth redirect is being answered.
 */
@Component
class AccountLookup {

    /**
     * One account a grant reaches.
     *
     * @param type         what the provider calls it (Xero's {@code tenantType}, e.g. ORGANISATION); may be null
     * @param connectionId the provider's id of the link to it (Xero's {@code /connections} {@code id}), which a
     *                     disconnect deletes; null when the provider has no such list
     */
    record Account(String id, String name, String type, String connectionId) {

        Account(String id, String name) {
            this(id, name, null, null);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AccountLookup.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final IntegrationSettings settings;

    AccountLookup(IntegrationSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.providerTimeout()).build();
    }

    /** The accounts the grant reaches; empty when the provider named none. */
    List<Account> accounts(ProviderProfile profile, Map<String, String> callback, String accessToken) throws IOException {
        if (profile.accountParameter() != null) {
            String id = callback.get(profile.accountParameter());
            return id == null || id.isBlank() ? List.of() : List.of(new Account(id, name(profile, id, accessToken)));
        }
        if (profile.tenants() != null) {
            List<Account> accounts = new ArrayList<>();
            for (JsonNode tenant : get(profile.tenants(), accessToken)) {
                accounts.add(new Account(tenant.path("tenantId").asString(), tenant.path("tenantName").asString(),
                        text(tenant.path("tenantType")), text(tenant.path("id"))));
            }
            return accounts;
        }
        return List.of();
    }

    /**
     * Deletes the provider's link to one account ({@code DELETE <tenants>/<connectionId>}, Xero answers 204),
     * leaving the grant's other accounts alone. False when the provider did not confirm.
     */
    boolean release(ProviderProfile profile, String connectionId, String accessToken) throws IOException {
        if (profile.tenants() == null || connectionId == null) {
            return false;
        }
        URI address = URI.create(profile.tenants().toString().replaceAll("/+$", "") + "/"
                + URLEncoder.encode(connectionId, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(address).timeout(settings.providerTimeout())
                .header("Authorization", "Bearer " + accessToken).DELETE().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }

    /** The account's name, or its id when the provider does not say (the connection works either way). */
    private String name(ProviderProfile profile, String id, String accessToken) {
        if (profile.accountNameUrl() == null || profile.accountNamePointer() == null) {
            return id;
        }
        String address = profile.accountNameUrl().replace("{api}", String.valueOf(profile.api())).replace("{account}", id);
        try {
            String name = get(URI.create(address), accessToken).at(profile.accountNamePointer()).asString("");
            return name.isBlank() ? id : name;
        }
        catch (IOException | RuntimeException unavailable) {
            log.info("Could not read the name of {} account {}: {}", profile.provider(), id, unavailable.getMessage());
            return id;
        }
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private JsonNode get(URI address, String accessToken) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(settings.providerTimeout())
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException(address.getPath() + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }
}
