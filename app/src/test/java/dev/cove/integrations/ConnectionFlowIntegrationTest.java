package dev.cove.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

/** The OAuth authorization-code flow against the QuickBooks sandbox, over real HTTP. */
@IntegrationTest
class ConnectionFlowIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    Connections connections;

    @Autowired
    TokenVault vault;

    @Test
    void connectingOverTheApiAndThePlainHttpConsentFormMakesTheConnectionActiveWithTheRealmAsAccount() {
        TestCompany company = companies.open("Flow Api Co");
        String authorizeUrl = authorizeUrl(company.api());
        assertThat(authorizeUrl).startsWith(companies.baseUrl() + "/sandbox/quickbooks/connect/oauth2?")
                .contains("code_challenge_method=S256", "code_challenge=", "state=", "client_id=cove-sandbox-client",
                        "scope=com.intuit.quickbooks.accounting");

        HttpResponse<String> back = SandboxConsent.get(SandboxConsent.allow(authorizeUrl, SandboxConsent.DATA_REALM));

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("is connected to Blue Lagoon Pools");
        Api.Response view = company.api().get("/api/v1/integrations/quickbooks");
        assertThat(view.at("/status")).isEqualTo("ACTIVE");
        assertThat(view.at("/accountId")).isEqualTo(SandboxConsent.DATA_REALM);
        assertThat(view.at("/accountName")).isEqualTo("Blue Lagoon Pools (US, with data)");
        assertThat(view.at("/connectedBy")).isNotBlank();
        assertThat(view.at("/connectedAt")).isNotBlank();
        AccessToken token = vault.accessToken(company.id(), Provider.QUICKBOOKS);
        assertThat(token.accountId()).isEqualTo(SandboxConsent.DATA_REALM);
        assertThat(companyInfo(token).statusCode()).isEqualTo(200);
    }

    @Test
    void connectingThroughThePagesReturnsToTheIntegrationWithItConnected() {
        TestCompany company = companies.open("Flow Pages Co");
        StaffSession staff = StaffSession.signIn(companies, company);

        StaffSession.Page start = staff.get("/settings/integrations/quickbooks/connect");
        assertThat(start.status()).isEqualTo(302);
        String callback = SandboxConsent.allow(start.location(), SandboxConsent.EMPTY_REALM);
        StaffSession.Page back = staff.get(path(callback));

        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).endsWith("/settings/integrations/quickbooks");
        assertThat(connections.find(company.id(), Provider.QUICKBOOKS)).get()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(ConnectionStatus.ACTIVE);
                    assertThat(c.accountId()).isEqualTo(SandboxConsent.EMPTY_REALM);
                    assertThat(c.connectedBy()).isEqualTo("Test Staff Flow Pages Co");
                });
        StaffSession.Page card = staff.get("/settings/integrations");
        assertThat(card.text()).contains("id=\"integration-quickbooks\"", "data-status=\"ACTIVE\"", "Connected");
    }

    @Test
    void aForgedStateIsRefusedAndConnectsNothing() {
        TestCompany company = companies.open("Flow Forged Co");
        String callback = SandboxConsent.allow(authorizeUrl(company.api()), SandboxConsent.EMPTY_REALM);
        String forged = callback.replaceAll("state=[^&]+", "state=" + UUID.randomUUID());

        HttpResponse<String> refused = SandboxConsent.get(forged);
        HttpResponse<String> stateless = SandboxConsent.get(callback.replaceAll("&?state=[^&]+", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("unknown state");
        assertThat(stateless.statusCode()).isEqualTo(400);
        assertThat(connections.find(company.id(), Provider.QUICKBOOKS)).isEmpty();
    }

    @Test
    void aReplayedCallbackIsRefusedAndLeavesTheConnectionWorking() {
        TestCompany company = companies.open("Flow Replay Co");
        String callback = SandboxConsent.allow(authorizeUrl(company.api()), SandboxConsent.EMPTY_REALM);
        assertThat(SandboxConsent.get(callback).statusCode()).isEqualTo(200);
        AccessToken token = vault.accessToken(company.id(), Provider.QUICKBOOKS);

        HttpResponse<String> replay = SandboxConsent.get(callback);

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("already used");
        // Had the code reached the sandbox twice, it would have revoked the grant (RFC 6749 section 4.1.2).
        assertThat(companyInfo(token).statusCode()).isEqualTo(200);
        assertThat(connections.find(company.id(), Provider.QUICKBOOKS).orElseThrow().status())
                .isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void aReplayedCodeUnderAFreshStateIsRefusedByItsVerifier() {
        TestCompany company = companies.open("Flow Code Replay Co");
        String first = SandboxConsent.allow(authorizeUrl(company.api()), SandboxConsent.EMPTY_REALM);
        String code = first.replaceAll(".*[?&]code=([^&]+).*", "$1");
        String second = SandboxConsent.allow(authorizeUrl(company.api()), SandboxConsent.EMPTY_REALM);

        HttpResponse<String> mixed = SandboxConsent.get(second.replaceAll("code=[^&]+", "code=" + code));

        assertThat(mixed.statusCode()).isEqualTo(400);
        assertThat(mixed.body()).contains("refused the authorization code");
        assertThat(connections.find(company.id(), Provider.QUICKBOOKS)).isEmpty();
    }

    @Test
    void aCallbackCompletedByAnotherCompanysSessionIsRefusedAndTheOwnerCanStillFinish() {
        TestCompany owner = companies.open("Flow Owner Co");
        TestCompany other = companies.open("Flow Other Co");
        StaffSession ownerStaff = StaffSession.signIn(companies, owner);
        StaffSession otherStaff = StaffSession.signIn(companies, other);
        String pageCallback = SandboxConsent.allow(ownerStaff.get("/settings/integrations/quickbooks/connect").location(),
                SandboxConsent.EMPTY_REALM);
        String apiCallback = SandboxConsent.allow(authorizeUrl(owner.api()), SandboxConsent.EMPTY_REALM);

        StaffSession.Page foreignPage = otherStaff.get(path(pageCallback));
        StaffSession.Page foreignApi = otherStaff.get(path(apiCallback));
        HttpResponse<String> noSession = SandboxConsent.get(pageCallback);

        assertThat(foreignPage.status()).isEqualTo(400);
        assertThat(foreignApi.status()).isEqualTo(400);
        assertThat(noSession.statusCode()).isEqualTo(400);
        assertThat(foreignPage.text()).contains("another session or company");
        assertThat(connections.find(other.id(), Provider.QUICKBOOKS)).isEmpty();
        assertThat(connections.find(owner.id(), Provider.QUICKBOOKS)).isEmpty();

        assertThat(ownerStaff.get(path(pageCallback)).status()).isEqualTo(302);
        assertThat(connections.find(owner.id(), Provider.QUICKBOOKS).orElseThrow().status())
                .isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(connections.find(other.id(), Provider.QUICKBOOKS)).isEmpty();
    }

    @Test
    void decliningOnTheConsentPageConnectsNothingAndSaysSo() {
        TestCompany company = companies.open("Flow Deny Co");
        HttpResponse<String> back = SandboxConsent.get(SandboxConsent.decide(authorizeUrl(company.api()),
                SandboxConsent.EMPTY_REALM, "deny"));

        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("did not grant access (access_denied)");
        assertThat(connections.find(company.id(), Provider.QUICKBOOKS)).isEmpty();
    }

    static String authorizeUrl(Api api) {
        Api.Response started = api.post("/api/v1/integrations/quickbooks/connect", null);
        assertThat(started.status()).isEqualTo(200);
        return started.at("/authorizeUrl");
    }

    private HttpResponse<String> companyInfo(AccessToken token) {
        return SandboxConsent.get(companies.baseUrl() + "/sandbox/quickbooks/v3/company/" + token.accountId()
                + "/companyinfo/" + token.accountId() + "?minorversion=75", token.value());
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/integrations/"));
    }
}
