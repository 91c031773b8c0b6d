package dev.cove.sandbox.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class QuickBooksLimitsAndFaultsIntegrationTest extends QuickBooksIntegrationTestBase {

    @Test
    void fiveHundredRequestsPerScaledMinuteThenThrottleFault3001() throws Exception {
        http.admin("/time-scale", "{\"scale\": 3}");
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        String path = SandboxHttp.api(US_EMPTY, "/preferences");

        int admitted = 0;
        SandboxHttp.Reply throttled = null;
        for (int i = 0; i < 600 && throttled == null; i++) {
            SandboxHttp.Reply reply = http.get(path, connection.accessToken());
            if (reply.status() == 429) {
                throttled = reply;
            }
            else {
                assertThat(reply.status()).isEqualTo(200);
                admitted++;
            }
        }

        assertThat(admitted).isEqualTo(500);
        assertThat(throttled).isNotNull();
        JsonNode error = throttled.json().path("Fault").path("Error").get(0);
        assertThat(throttled.json().path("Fault").path("type").asString()).isEqualTo("SERVICE");
        assertThat(error.path("code").asString()).isEqualTo("3001");
        assertThat(error.path("Message").asString()).isEqualTo("message=ThrottleExceeded; errorCode=003001; statusCode=429");
        assertThat(throttled.header("Retry-After")).isEqualTo("20");

        JsonNode stats = http.admin("/stats", null).json();
        assertThat(stats.path("companies").path(US_EMPTY).path("throttled").asLong()).isEqualTo(1);
        assertThat(stats.path("companies").path(US_EMPTY).path("requests").asLong()).isEqualTo(501);

        http.admin("/time-scale", "{\"scale\": 6000}");
        Thread.sleep(50);
        assertThat(http.get(path, connection.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void moreThanTenConcurrentRequestsPerRealmAreThrottled() throws Exception {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        http.admin("/faults", "{\"latencyMs\": 800}");
        ExecutorService pool = Executors.newFixedThreadPool(14);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 14; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> http.get(SandboxHttp.api(US_EMPTY, "/preferences"), connection.accessToken()).status(), pool));
            }
            List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();

            assertThat(statuses).contains(200, 429);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isLessThanOrEqualTo(10);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void throttleBurstAnswers429WithRetryAfterThenRecovers() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        http.admin("/faults", "{\"throttleBurst\": 2}");
        String path = SandboxHttp.api(US_EMPTY, "/preferences");

        SandboxHttp.Reply first = http.get(path, connection.accessToken());
        SandboxHttp.Reply second = http.get(path, connection.accessToken());
        SandboxHttp.Reply third = http.get(path, connection.accessToken());

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("60");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void injectedServerErrorsUseTheFaultFormat() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        http.admin("/faults", "{\"errorRate\": 1.0, \"errorStatus\": 503}");

        SandboxHttp.Reply reply = http.post(SandboxHttp.api(US_EMPTY, "/customer"), connection.accessToken(),
                "{\"DisplayName\":\"Never Stored\"}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().path("Fault").path("type").asString()).isEqualTo("SystemFault");
        assertThat(http.admin("/companies/" + US_EMPTY + "/entities/Customer", null).json().size()).isZero();
    }

    @Test
    void lostResponseStillCommitsTheWriteAndTheRequestIdRetryReturnsIt() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        String path = SandboxHttp.api(US_EMPTY, "/customer?requestid=lost-1");
        String body = "{\"DisplayName\":\"Lost But Saved\"}";
        http.admin("/faults", "{\"lostResponseRate\": 1.0}");

        assertThatThrownBy(() -> http.post(path, connection.accessToken(), body)).isInstanceOf(UncheckedIOException.class);

        JsonNode stored = http.admin("/companies/" + US_EMPTY + "/entities/Customer", null).json();
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.get(0).path("DisplayName").asString()).isEqualTo("Lost But Saved");

        http.admin("/faults", "{}");
        SandboxHttp.Reply retry = http.post(path, connection.accessToken(), body);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("Customer").path("Id").asString()).isEqualTo(stored.get(0).path("Id").asString());
        assertThat(http.admin("/companies/" + US_EMPTY + "/entities/Customer", null).json().size()).isEqualTo(1);
    }

    @Test
    void timeoutFaultHoldsTheRequestLongerThanTheClientWaits() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        http.admin("/faults", "{\"timeoutRate\": 1.0, \"timeoutMs\": 1500}");

        assertThatThrownBy(() -> http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(http.base + SandboxHttp.api(US_EMPTY, "/preferences")))
            .header("Authorization", "Bearer " + connection.accessToken()).timeout(java.time.Duration.ofMillis(300))))
            .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(java.net.http.HttpTimeoutException.class);
    }

    @Test
    void adminApiListsCompaniesAndSeedNames() {
        JsonNode companies = http.admin("/companies", null).json();
        assertThat(companies.size()).isEqualTo(3);
        assertThat(companies.get(0).has("id")).isTrue();
        assertThat(companies.get(0).has("name")).isTrue();

        JsonNode seed = http.admin("/seed", null).json();
        assertThat(seed.path("customers").toString()).contains("Maria Lopez", "Oakwood HOA", "Sunset Villas");
        JsonNode accounts = http.admin("/companies/" + US_WITH_DATA + "/entities/Account", null).json();
        assertThat(accounts.toString()).contains("Undeposited Funds", "Sales of Product Income");

        SandboxHttp.Reply created = http.admin("/companies", "{\"name\":\"Test Pools UK\",\"country\":\"GB\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http.admin("/companies", null).json().size()).isEqualTo(4);
        assertThat(http.connect(id).realmId()).isEqualTo(id);
        assertThat(http.admin("/companies/" + id + "/entities/Nope", null).status()).isEqualTo(404);
    }
}
