package dev.cove;

import java.io.IOException;
import java.net.CookieManager;
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


/**
 * A signed-in staff member using the pages over real HTTP: keeps the session cookie and sends the
 * page's CSRF token with every form post, as a browser would. Redirects are not followed.
 */
public class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf;

    private StaffSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static StaffSession signIn(TestCompanies companies, TestCompanies.TestCompany company) {
        StaffSession session = new StaffSession(companies.baseUrl());
        session.get("/login");
        Page signedIn = session.post("/login", Map.of("username", company.email(), "password", TestCompanies.PASSWORD));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.status() + " " + signedIn.location());
        }
        return session;
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return page;
    }

    /** Posts the form fields (in order) with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Page(int status, String body, String location) {
    }
}
