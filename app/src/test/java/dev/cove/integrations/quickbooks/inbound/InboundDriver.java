package dev.cove.integrations.quickbooks.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import dev.cove.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the QuickBooks sandbox and to Cove's webhook endpoint, as QuickBooks and a person would. */
final class InboundDriver {

    static final String VERIFIER = "cove-sandbox-verifier";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    InboundDriver(String base) {
        this.base = base;
    }

    /** A new sandbox company holding the same pool-service data as realm 9130355000000003. */
    String openRealmWithData() {
        HttpResponse<String> created = send(post(base + "/sandbox/quickbooks/_admin/companies", "{\"name\":\"Inbound "
                + UUID.randomUUID() + "\",\"country\":\"US\",\"withData\":true}", "application/json"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("realmId").asString();
    }

    /** Connect over Cove's API, then allow the realm on the consent form and follow the callback. */
    void connect(Api api, String realm) {
        Api.Response started = api.post("/api/v1/integrations/quickbooks/connect", null);
        assertThat(started.status()).isEqualTo(200);
        String authorize = started.at("/authorizeUrl");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(authorize)).GET());
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
        }
        form.put("company", realm);
        form.put("decision", "allow");
        HttpResponse<String> decided = send(post(authorize.substring(0, authorize.indexOf('?')), form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")),
                "application/x-www-form-urlencoded"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(decided.headers().firstValue("Location")
                .orElseThrow())).GET());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    }

    JsonNode entities(String realm, String type) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/sandbox/quickbooks/_admin/companies/" + realm
                + "/entities/" + type)).GET()).body());
    }

    long count(String realm, String type, String field, String value) {
        long n = 0;
        for (JsonNode row : entities(realm, type)) {
            n += value.equals(row.path(field).asString()) ? 1 : 0;
        }
        return n;
    }

    void webhookTarget(String url, String format) {
        HttpResponse<String> set = send(post(base + "/sandbox/quickbooks/_admin/webhooks", url == null
                ? "{\"url\":null}"
                : "{\"url\":\"" + url + "\",\"verifierToken\":\"" + VERIFIER + "\",\"format\":\"" + format + "\"}",
                "application/json"));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    /** POSTs a body to Cove's receiver with the given signature header (null: none). */
    HttpResponse<String> deliver(String body, String signature, String contentType) {
        HttpRequest.Builder request = post(base + "/webhooks/quickbooks", body, contentType);
        if (signature != null) {
            request.header("intuit-signature", signature);
        }
        return send(request);
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static HttpRequest.Builder post(String url, String body, String contentType) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
