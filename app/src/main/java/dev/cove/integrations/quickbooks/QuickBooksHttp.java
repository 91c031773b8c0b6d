package dev.cove.integrations.quickbooks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import dev.cove.integrations.AccessToken;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP exchange with {@code /v3/company/{realm}}: bearer token, {@code Accept: application/json},
 * {@code minorversion} on every call, JSON in and out, every failure turned into a
 * {@link QuickBooksFault} (including a 200 whose body is a Fault).
 */
final class QuickBooksHttp {

    private final HttpClient http;
    private final QuickBooksSettings settings;
    private final Function<AccessToken, URI> baseUrl;

    QuickBooksHttp(QuickBooksSettings settings, Function<AccessToken, URI> baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    JsonNode get(AccessToken token, String path, Map<String, String> params) {
        return send(token, request(token, path, params).GET());
    }

    JsonNode post(AccessToken token, String path, Map<String, String> params, Object body) {
        byte[] json = QuickBooksJson.MAPPER.writeValueAsBytes(body);
        return send(token, request(token, path, params).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
    }

    private HttpRequest.Builder request(AccessToken token, String path, Map<String, String> params) {
        if (token == null || token.accountId() == null || token.accountId().isBlank()) {
            throw new IllegalArgumentException("The access token names no QuickBooks realm");
        }
        Map<String, String> query = new LinkedHashMap<>(params);
        query.put("minorversion", settings.minorVersion());
        StringBuilder uri = new StringBuilder(baseUrl.apply(token).toString()).append("/v3/company/")
            .append(encode(token.accountId())).append(path).append('?');
        query.forEach((name, value) -> uri.append(encode(name)).append('=').append(encode(value)).append('&'));
        uri.setLength(uri.length() - 1);
        return HttpRequest.newBuilder(URI.create(uri.toString())).timeout(settings.requestTimeout())
            .header("Accept", "application/json").header("Authorization", "Bearer " + token.value());
    }

    private JsonNode send(AccessToken token, HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (HttpTimeoutException timeout) {
            throw QuickBooksFault.noResponse("QuickBooks did not answer in time", timeout);
        }
        catch (IOException io) {
            throw QuickBooksFault.noResponse("QuickBooks could not be reached or the response was lost", io);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw QuickBooksFault.noResponse("Interrupted while calling QuickBooks", interrupted);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw FaultResponses.parse(status, response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), settings.throttleWait());
        }
        JsonNode root;
        try {
            root = QuickBooksJson.MAPPER.readTree(response.body());
        }
        catch (RuntimeException unreadable) {
            throw FaultResponses.parse(status, response.body(), null, settings.throttleWait());
        }
        if (root.has("Fault") || root.has("fault")) {
            throw FaultResponses.parse(status, response.body(), null, settings.throttleWait());
        }
        return root;
    }

    /** Percent-encoding with {@code %20} for spaces: not every server reads {@code +} as a space in a query. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
