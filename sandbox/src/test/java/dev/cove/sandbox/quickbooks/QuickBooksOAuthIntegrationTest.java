package dev.cove.sandbox.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class QuickBooksOAuthIntegrationTest extends QuickBooksIntegrationTestBase {

    private static final String AUTHORIZE = "/connect/oauth2?client_id=" + SandboxHttp.CLIENT_ID
            + "&response_type=code&scope=com.intuit.quickbooks.accounting&state=xyz&redirect_uri="
            + java.net.URLEncoder.encode(SandboxHttp.REDIRECT, StandardCharsets.UTF_8);

    @Test
    void consentPageIsAPlainFormListingTheRealms() {
        SandboxHttp.Reply page = http.get(AUTHORIZE, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\"", "name=\"company\"", "value=\"" + US_WITH_DATA + "\"",
                "value=\"allow\"", "value=\"deny\"", "name=\"state\" value=\"xyz\"").doesNotContain("<script");
    }

    @Test
    void allowRedirectsWithCodeStateAndRealmAndTheTokensWork() {
        Map<String, String> callback = http.consent(US_WITH_DATA, "allow", Map.of());

        assertThat(callback.get("_redirect")).isEqualTo(SandboxHttp.REDIRECT);
        assertThat(callback).containsEntry("state", "st-" + US_WITH_DATA).containsEntry("realmId", US_WITH_DATA)
            .containsKey("code");

        SandboxHttp.Reply tokens = http.exchange(callback.get("code"), Map.of());
        assertThat(tokens.status()).isEqualTo(200);
        JsonNode json = tokens.json();
        assertThat(json.get("token_type").asString()).isEqualTo("bearer");
        assertThat(json.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(json.get("x_refresh_token_expires_in").asLong()).isEqualTo(100L * 24 * 3600);

        SandboxHttp.Reply info = http.get(SandboxHttp.api(US_WITH_DATA, "/companyinfo/" + US_WITH_DATA + "?minorversion=75"),
                json.get("access_token").asString());
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().path("CompanyInfo").path("Id").asString()).isEqualTo(US_WITH_DATA);
    }

    @Test
    void denyRedirectsWithAccessDenied() {
        Map<String, String> callback = http.consent(US_EMPTY, "deny", Map.of());

        assertThat(callback).containsEntry("error", "access_denied").containsEntry("state", "st-" + US_EMPTY)
            .doesNotContainKey("code");
    }

    @Test
    void foreignRedirectUriIsRefusedWithoutRedirecting() {
        SandboxHttp.Reply page = http.get(AUTHORIZE.replace("localhost%3A8099", "evil.example.com"), null);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
    }

    @Test
    void aCodeWorksOnlyOnceAndItsReplayKillsTheFirstTokens() {
        String code = http.consent(US_EMPTY, "allow", Map.of()).get("code");
        SandboxHttp.Reply first = http.exchange(code, Map.of());
        SandboxHttp.Reply replay = http.exchange(code, Map.of());

        assertThat(first.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().get("error").asString()).isEqualTo("invalid_grant");
        String access = first.json().get("access_token").asString();
        assertThat(http.get(SandboxHttp.api(US_EMPTY, "/preferences"), access).status()).isEqualTo(401);
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenIsDead() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "refresh_token", connection.refreshToken(),
                "client_id", SandboxHttp.CLIENT_ID, "client_secret", SandboxHttp.CLIENT_SECRET);

        SandboxHttp.Reply rotated = http.form("/oauth2/v1/tokens/bearer", refresh, false);
        assertThat(rotated.status()).isEqualTo(200);
        String newRefresh = rotated.json().get("refresh_token").asString();
        assertThat(newRefresh).isNotEqualTo(connection.refreshToken());

        SandboxHttp.Reply stale = http.form("/oauth2/v1/tokens/bearer", refresh, false);
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.json().get("error").asString()).isEqualTo("invalid_grant");

        SandboxHttp.Reply again = http.form("/oauth2/v1/tokens/bearer",
                Map.of("grant_type", "refresh_token", "refresh_token", newRefresh), true);
        assertThat(again.status()).isEqualTo(200);
        assertThat(http.get(SandboxHttp.api(US_EMPTY, "/preferences"), again.json().get("access_token").asString()).status())
            .isEqualTo(200);
    }

    @Test
    void wrongClientSecretIsInvalidClient() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        SandboxHttp.Reply reply = http.form("/oauth2/v1/tokens/bearer", Map.of("grant_type", "refresh_token",
                "refresh_token", connection.refreshToken(), "client_id", SandboxHttp.CLIENT_ID, "client_secret", "nope"), false);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void pkceVerifierMustMatchTheChallenge() throws Exception {
        String verifier = "a-long-random-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";
        String challenge = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Map<String, String> pkce = Map.of("code_challenge", challenge, "code_challenge_method", "S256");

        String wrongCode = http.consent(US_EMPTY, "allow", pkce).get("code");
        SandboxHttp.Reply wrong = http.exchange(wrongCode, Map.of("code_verifier", verifier + "x"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("error").asString()).isEqualTo("invalid_grant");

        String missingCode = http.consent(US_EMPTY, "allow", pkce).get("code");
        assertThat(http.exchange(missingCode, Map.of()).status()).isEqualTo(400);

        String rightCode = http.consent(US_EMPTY, "allow", pkce).get("code");
        assertThat(http.exchange(rightCode, Map.of("code_verifier", verifier)).status()).isEqualTo(200);
    }

    @Test
    void revokingTheRefreshTokenDisconnects() {
        SandboxHttp.Connection connection = http.connect(US_WITH_DATA);
        String path = SandboxHttp.api(US_WITH_DATA, "/customer/1");
        assertThat(http.get(path, connection.accessToken()).status()).isEqualTo(200);

        SandboxHttp.Reply revoked = http.send(HttpRequest.newBuilder(URI.create(http.base + "/v2/oauth2/tokens/revoke"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (SandboxHttp.CLIENT_ID + ":" + SandboxHttp.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + connection.refreshToken() + "\"}")));
        assertThat(revoked.status()).isEqualTo(200);

        SandboxHttp.Reply call = http.get(path, connection.accessToken());
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.json().path("Fault").path("Error").get(0).path("code").asString()).isEqualTo("3200");
        assertThat(http.form("/oauth2/v1/tokens/bearer",
                Map.of("grant_type", "refresh_token", "refresh_token", connection.refreshToken()), true).status())
            .isEqualTo(400);
    }

    @Test
    void accessTokensExpireOnTheScaledClock() throws Exception {
        http.admin("/time-scale", "{\"scale\": 7200}");
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        assertThat(connection.tokenResponse().get("expires_in").asLong()).isEqualTo(1);
        assertThat(http.get(SandboxHttp.api(US_EMPTY, "/preferences"), connection.accessToken()).status()).isEqualTo(200);

        Thread.sleep(700);

        assertThat(http.get(SandboxHttp.api(US_EMPTY, "/preferences"), connection.accessToken()).status()).isEqualTo(401);
    }

    @Test
    void revokeAllTokensFaultForcesReconnect() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        http.admin("/faults", "{\"revokeAllTokens\": true}");

        assertThat(http.get(SandboxHttp.api(US_EMPTY, "/preferences"), connection.accessToken()).status()).isEqualTo(401);
        SandboxHttp.Reply refresh = http.form("/oauth2/v1/tokens/bearer",
                Map.of("grant_type", "refresh_token", "refresh_token", connection.refreshToken()), true);
        assertThat(refresh.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aTokenOpensOnlyItsOwnRealm() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);

        SandboxHttp.Reply other = http.get(SandboxHttp.api(US_WITH_DATA, "/customer/1"), connection.accessToken());

        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().path("Fault").path("Error").get(0).path("code").asString()).isEqualTo("3100");
        assertThat(http.get(SandboxHttp.api(US_EMPTY, "/preferences"), null).status()).isEqualTo(401);
    }
}
