package dev.cove.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/integrations}, reconnecting, and company credentials. */
@IntegrationTest
class IntegrationApiIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    ConnectionEventsRecorder events;

    @Autowired
    Connections connections;

    @Test
    void listsEveryIntegrationInProviderOrderWithStatusCountsAndHonestComingSoon() {
        TestCompany company = companies.open("Api List Co");

        Api.Response list = company.api().get("/api/v1/integrations");

        assertThat(list.status()).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        list.json().forEach(i -> slugs.add(i.path("provider").asString()));
        assertThat(slugs).containsExactlyElementsOf(Arrays.stream(Provider.values()).map(Provider::slug).toList());
        JsonNode quickbooks = list.json().get(0);
        assertThat(quickbooks.path("name").asString()).isEqualTo("QuickBooks Online");
        assertThat(quickbooks.path("status").asString()).isEqualTo("NOT_CONNECTED");
        assertThat(quickbooks.path("action").asString()).isEqualTo("Connect");
        assertThat(quickbooks.path("counts").path("synced").asLong()).isZero();
        assertThat(quickbooks.path("counts").has("pending")).isTrue();
        assertThat(quickbooks.path("counts").has("failed")).isTrue();
        JsonNode xero = list.json().get(1);
        assertThat(xero.path("status").asString()).isEqualTo("NOT_CONNECTED");
        assertThat(xero.path("offered").asBoolean()).isFalse();
        assertThat(xero.path("statusReason").asString()).isEqualTo("Cove cannot connect to Xero yet.");

        StaffSession staff = StaffSession.signIn(companies, company);
        String page = staff.get("/settings/integrations").text();
        assertThat(page).contains("/settings/integrations/quickbooks/connect").doesNotContain("/settings/integrations/xero/connect");
        assertThat(page.indexOf("integration-quickbooks")).isLessThan(page.indexOf("integration-xero"));
    }

    @Test
    void anUnknownIntegrationIsANotFoundProblem() {
        TestCompany company = companies.open("Api Unknown Co");

        Api.Response missing = company.api().get("/api/v1/integrations/freshbooks");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.at("/detail")).contains("freshbooks");
        assertThat(company.api().post("/api/v1/integrations/freshbooks/connect", null).status()).isEqualTo(404);
    }

    @Test
    void reconnectingToTheSameRealmIsAReconnectAndAnotherRealmIsRefusedWithTheReasonShown() {
        TestCompany company = companies.open("Api Reconnect Co");
        connect(company, SandboxConsent.EMPTY_REALM);
        assertThat(company.api().post("/api/v1/integrations/quickbooks/disconnect", null).status()).isEqualTo(200);
        assertThat(events.endings(company.id())).extracting(ConnectionEnded::accountId)
                .containsExactly(SandboxConsent.EMPTY_REALM);

        connect(company, SandboxConsent.EMPTY_REALM);

        assertThat(events.activations(company.id())).extracting(ConnectionActivated::accountId,
                ConnectionActivated::reconnected).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SandboxConsent.EMPTY_REALM, false),
                        org.assertj.core.groups.Tuple.tuple(SandboxConsent.EMPTY_REALM, true));

        var other = SandboxConsent.get(SandboxConsent.allow(ConnectionFlowIntegrationTest.authorizeUrl(company.api()),
                SandboxConsent.DATA_REALM));

        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("Reconnect refused", SandboxConsent.EMPTY_REALM);
        Connection kept = connections.find(company.id(), Provider.QUICKBOOKS).orElseThrow();
        assertThat(kept.accountId()).isEqualTo(SandboxConsent.EMPTY_REALM);
        assertThat(kept.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(kept.statusReason()).contains("Reconnect refused");
        assertThat(events.activations(company.id())).hasSize(2);
    }

    @Test
    void credentialsEnteredOnTheSettingsPageOverrideTheFileSettingsAndAreNeverShownBack() {
        TestCompany company = companies.open("Api Credentials Co");
        StaffSession staff = StaffSession.signIn(companies, company);
        staff.get("/settings/integrations/quickbooks");

        StaffSession.Page saved = staff.post("/settings/integrations/quickbooks/credentials",
                Map.of("environment", "SANDBOX", "clientId", "cove-sandbox-client", "clientSecret", "a-wrong-secret-1234",
                        "webhookVerifier", "verifier-5678"));

        assertThat(saved.status()).isEqualTo(302);
        String page = staff.get("/settings/integrations/quickbooks").text();
        assertThat(page).contains("stored (hidden)").doesNotContain("a-wrong-secret-1234", "verifier-5678");
        // The wrong secret is used: the sandbox refuses the code exchange, so nothing connects.
        var refused = SandboxConsent.get(SandboxConsent.allow(ConnectionFlowIntegrationTest.authorizeUrl(company.api()),
                SandboxConsent.EMPTY_REALM));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_client");

        staff.post("/settings/integrations/quickbooks/credentials",
                Map.of("environment", "SANDBOX", "clientId", "cove-sandbox-client", "clientSecret", "cove-sandbox-secret"));
        connect(company, SandboxConsent.EMPTY_REALM);
        assertThat(company.api().get("/api/v1/integrations/quickbooks").at("/status")).isEqualTo("ACTIVE");
    }

    private static void connect(TestCompany company, String realm) {
        var back = SandboxConsent.get(SandboxConsent.allow(ConnectionFlowIntegrationTest.authorizeUrl(company.api()), realm));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    }
}
