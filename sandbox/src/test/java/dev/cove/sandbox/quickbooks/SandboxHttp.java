package dev.cove.sandbox.quickbooks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A curl-like client over real HTTP on loopback, the way Cove talks to the sandbox. */
final class SandboxHttp {

    static final String CLIENT_ID = "cove-sandbox-client";
    static final String CLIENT_SECRET = "cove-sandbox-secret";
    static final String REDIRECT = "http://localhost:8099/integrations/quickbooks/callback";
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    record Connection(String realmId, String accessToken, String refreshToken, JsonNode tokenResponse) {
    }

    final String base;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();

    SandboxHttp(int port) {
        this.base = "http://127.0.0.1:" + port + "/sandbox/quickbooks";
    }

    Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET().header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpRequest.Builder postJson(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json").header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    Reply post(String path, String token, String json) {
        return send(postJson(path, token, json));
    }

    Reply admin(String path, String json) {
        return json == null ? get("/_admin" + path, null) : post("/_admin" + path, null, json);
    }

    /** Posts a form; basic auth with the sandbox client when {@code basic} is true. */
    Reply form(String path, Map<String, String> fields, boolean basic) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        if (basic) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Submits the consent form as a browser would and returns the redirect's query parameters. */
    Map<String, String> consent(String realmId, String decision, Map<String, String> extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("response_type", "code");
        fields.put("client_id", CLIENT_ID);
        fields.put("redirect_uri", REDIRECT);
        fields.put("scope", "com.intuit.quickbooks.accounting");
        fields.put("state", "st-" + realmId);
        fields.putAll(extra);
        fields.put("company", realmId);
        fields.put("decision", decision);
        Reply reply = form("/connect/oauth2", fields, false);
        if (reply.status() != 302) {
            throw new AssertionError("consent answered " + reply.status() + ": " + reply.body());
        }
        URI location = URI.create(reply.header("Location"));
        Map<String, String> params = query(location);
        params.put("_redirect", location.getScheme() + "://" + location.getAuthority() + location.getPath());
        return params;
    }

    Reply exchange(String code, Map<String, String> extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "authorization_code");
        fields.put("code", code);
        fields.put("redirect_uri", REDIRECT);
        fields.putAll(extra);
        return form("/oauth2/v1/tokens/bearer", fields, true);
    }

    /** The whole dance: consent (Allow) for a realm, then the code exchange. */
    Connection connect(String realmId) {
        Map<String, String> callback = consent(realmId, "allow", Map.of());
        Reply tokens = exchange(callback.get("code"), Map.of());
        if (tokens.status() != 200) {
            throw new AssertionError("token exchange answered " + tokens.status() + ": " + tokens.body());
        }
        JsonNode json = tokens.json();
        return new Connection(callback.get("realmId"), json.get("access_token").asString(),
                json.get("refresh_token").asString(), json);
    }

    static String api(String realmId, String rest) {
        return "/v3/company/" + realmId + rest;
    }
}
