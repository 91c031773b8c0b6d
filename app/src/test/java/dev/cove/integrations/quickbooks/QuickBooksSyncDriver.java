package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import dev.cove.Api;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.integrations.Provider;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.integrations.sync.SyncStatus;
import tools.jackson.databind.JsonNode;

/** Drives a Cove company and the QuickBooks sandbox over HTTP for the sync tests. */
public final class QuickBooksSyncDriver {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final SyncRequests requests;

    public QuickBooksSyncDriver(String baseUrl, SyncRequests requests) {
        this.baseUrl = baseUrl;
        this.requests = requests;
    }

    /** Connects over the API, completing the sandbox consent form for {@code realm} as a person would. */
    public void connect(TestCompany company, String realm) {
        Api.Response started = company.api().post("/api/v1/integrations/quickbooks/connect", null);
        assertThat(started.status()).isEqualTo(200);
        String authorizeUrl = started.at("/authorizeUrl");
        String page = send(HttpRequest.newBuilder(URI.create(authorizeUrl)).GET()).body();
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            form.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
        }
        form.put("company", realm);
        form.put("decision", "allow");
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> decided = send(HttpRequest.newBuilder(URI.create(authorizeUrl.substring(0, authorizeUrl.indexOf('?'))))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(decided.statusCode()).isEqualTo(302);
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(decided.headers().firstValue("Location")
                .orElseThrow())).GET());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        // The connect preview reads the realm first; until it has, every write waits.
        await().atMost(Duration.ofSeconds(30)).until(() -> !"READING".equals(company.api()
                .get("/api/v1/integrations/quickbooks/preview").at("/state")));
    }

    /** A new sandbox company in {@code country}; its realm id. */
    public String openRealm(String country) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/quickbooks/_admin/companies"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Sync test " + UUID.randomUUID() + "\",\"country\":\"" + country + "\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(created.body()).path("realmId").asString();
    }

    void faults(String json) {
        assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/quickbooks/_admin/faults"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))).statusCode())
                .isLessThan(300);
    }

    JsonNode stats() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/quickbooks/_admin/stats")).GET());
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    /** The sandbox's records of a type in the realm, in QuickBooks' shape. */
    public List<JsonNode> entities(String realm, String type) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/quickbooks/_admin/companies/"
                + realm + "/entities/" + type)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).forEach(all::add);
        return all;
    }

    JsonNode entity(String realm, String type, String id) {
        return entities(realm, type).stream().filter(e -> id.equals(e.path("Id").asString())).findFirst().orElseThrow();
    }

    String startRun(Api api, String scope) {
        Api.Response started = api.post("/api/v1/integrations/quickbooks/sync", "{\"scope\": " + scope + "}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.at("/id");
    }

    JsonNode awaitRun(Api api, String run, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(api.get("/api/v1/sync-runs/" + run).at("/state")));
        return api.get("/api/v1/sync-runs/" + run).json();
    }

    /** Waits until the record settled (synced or failed) and returns where it stands. */
    public SyncStatus settled(TestCompany company, RecordType type, String localId, Duration within) {
        UUID id = UUID.fromString(localId);
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> requests.status(company.id(),
                    Provider.QUICKBOOKS, type, id).map(s -> s.synced() || s.failed()).orElse(false));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(type + " " + localId + " did not settle: " + requests.status(company.id(),
                    Provider.QUICKBOOKS, type, id) + "; its sync log: " + company.api().get(
                    "/api/v1/integrations/quickbooks/sync/records/" + type.label() + "/" + localId).body(), e);
        }
        return requests.status(company.id(), Provider.QUICKBOOKS, type, id).orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
