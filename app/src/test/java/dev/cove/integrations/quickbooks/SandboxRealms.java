package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.cove.integrations.AccessToken;
import tools.jackson.databind.JsonNode;

/**
 * Drives the QuickBooks sandbox over plain HTTP as a person and an operator would: opens a fresh
 * company through the admin API, completes the consent form, exchanges the code for a token.
 */
final class SandboxRealms {

    static final String CLIENT = "cove-sandbox-client";
    static final String SECRET = "cove-sandbox-secret";
    private static final String REDIRECT = "http://localhost:9/quickbooks/callback";

    private final String root;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    SandboxRealms(String appBaseUrl) {
        this.root = appBaseUrl + "/sandbox/quickbooks";
    }

    /** A new, empty sandbox company in {@code country}; its realm id. */
    String openCompany(String country) {
        JsonNode company = json(send(HttpRequest.newBuilder(URI.create(root + "/_admin/companies"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Client test " + UUID.randomUUID()
                    + "\",\"country\":\"" + country + "\"}")), 201));
        return company.path("realmId").asString();
    }

    /** Consent form (GET, then POST Allow for the realm), code from the redirect, code exchanged for a token. */
    AccessToken connect(String realm) {
        String state = UUID.randomUUID().toString();
        String query = form(Map.of("client_id", CLIENT, "response_type", "code", "scope",
                "com.intuit.quickbooks.accounting", "redirect_uri", REDIRECT, "state", state));
        String page = send(HttpRequest.newBuilder(URI.create(root + "/connect/oauth2?" + query)).GET(), 200).body();
        assertThat(page).contains("value=\"" + realm + "\"");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(page);
        while (hidden.find()) {
            fields.put(hidden.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(hidden.group(2)));
        }
        fields.put("company", realm);
        fields.put("decision", "allow");
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(root + "/connect/oauth2"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))), 302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        Map<String, String> callback = params(location.getRawQuery());
        assertThat(location.toString()).startsWith(REDIRECT);
        assertThat(callback).containsEntry("state", state).containsEntry("realmId", realm);
        JsonNode token = json(send(HttpRequest.newBuilder(URI.create(root + "/oauth2/v1/tokens/bearer"))
            .header("Authorization", basic()).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code",
                    callback.get("code"), "redirect_uri", REDIRECT)))), 200));
        return new AccessToken(token.path("access_token").asString(), realm,
                Instant.now().plusSeconds(token.path("expires_in").asLong()));
    }

    /** The user disconnects: the token (and its grant) is revoked at the provider. */
    void revoke(AccessToken token) {
        send(HttpRequest.newBuilder(URI.create(root + "/v2/oauth2/tokens/revoke")).header("Authorization", basic())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token.value() + "\"}")), 200);
    }

    /** Replaces the sandbox's fault plan; {@code "{}"} clears it. */
    void faults(String plan) {
        send(HttpRequest.newBuilder(URI.create(root + "/_admin/faults")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(plan)), 200);
    }

    /** Every record of a type in the realm, as the sandbox holds it (inactive ones included). */
    JsonNode records(String realm, String type) {
        return json(send(HttpRequest.newBuilder(URI.create(root + "/_admin/companies/" + realm + "/entities/" + type))
            .GET(), 200));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return response;
        }
        catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return QuickBooksJson.MAPPER.readTree(response.body());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
