package dev.cove.integrations;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * A person at the QuickBooks sandbox's consent page, with plain HTTP as curl would: reads the form, chooses a
 * realm, presses Allow, and answers where the sandbox redirects the browser (Cove's callback), without
 * following it.
 */
final class SandboxConsent {

    static final String EMPTY_REALM = "9130355000000001";
    static final String DATA_REALM = "9130355000000003";

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SandboxConsent() {
    }

    /** Allows access to the realm and answers the callback URL the sandbox redirects to. */
    static String allow(String authorizeUrl, String realm) {
        return decide(authorizeUrl, realm, "allow");
    }

    static String decide(String authorizeUrl, String realm, String decision) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(authorizeUrl)).GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("consent page answered " + page.statusCode() + ": " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            form.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
        }
        form.put("company", realm);
        form.put("decision", decision);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        URI action = URI.create(authorizeUrl.substring(0, authorizeUrl.indexOf('?')));
        HttpResponse<String> decided = send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (decided.statusCode() != 302) {
            throw new IllegalStateException("consent answered " + decided.statusCode() + ": " + decided.body());
        }
        return decided.headers().firstValue("Location").orElseThrow();
    }

    /** A GET with no cookies and no redirects followed, as a script's plain HTTP client does. */
    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResponse<String> get(String url, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).GET());
    }

    static HttpResponse<String> post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
