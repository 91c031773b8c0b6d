package dev.cove;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser session over real HTTP: signs in with the login form, keeps the session
 * cookie, and sends each form with the CSRF token of the last page it read. Redirects are not
 * followed, so tests see them.
 */
public class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"|"
            + "<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    private StaffSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in; fails unless the login form accepts the credentials. */
    public static StaffSession signIn(String baseUrl, String email, String password) {
        StaffSession session = new StaffSession(baseUrl);
        session.get("/login");
        Page signedIn = session.post("/login", Map.of("username", email, "password", password));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("Sign-in refused for " + email + ": " + signedIn.status() + " " + signedIn.location());
        }
        return session;
    }

    public static StaffSession signIn(TestCompanies companies, TestCompanies.TestCompany company) {
        return signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Posts the form fields with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Page page = new Page(response.statusCode(), response.body(), response.headers());
            Matcher token = CSRF.matcher(page.text());
            if (token.find()) {
                csrf = token.group(1) != null ? token.group(1) : token.group(2);
            }
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Page(int status, byte[] body, HttpHeaders headers) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public String location() {
            return header("Location");
        }
    }
}
