package dev.cove.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

/** The token vault against the QuickBooks sandbox: refresh under a row lock, invalid_grant, revocation. */
@IntegrationTest
class TokenVaultIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    Connections connections;

    @Autowired
    TokenVault vault;

    @Autowired
    SandboxRefreshCounter refreshCounter;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clearFaults() {
        SandboxConsent.post(companies.baseUrl() + "/sandbox/quickbooks/_admin/faults", "{}");
    }

    @Test
    void twoThreadsAskingForAnExpiredTokenCauseExactlyOneRefreshAndBothGetTheNewToken() throws Exception {
        TestCompany company = connected("Vault Race Co", SandboxConsent.EMPTY_REALM);
        AccessToken old = vault.accessToken(company.id(), Provider.QUICKBOOKS);
        expire(company);
        int before = refreshCounter.refreshes();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<AccessToken>> asked = List.of(
                    threads.submit(() -> { go.await(); return vault.accessToken(company.id(), Provider.QUICKBOOKS); }),
                    threads.submit(() -> { go.await(); return vault.accessToken(company.id(), Provider.QUICKBOOKS); }));
            go.countDown();
            AccessToken first = asked.get(0).get(30, TimeUnit.SECONDS);
            AccessToken second = asked.get(1).get(30, TimeUnit.SECONDS);

            assertThat(refreshCounter.refreshes() - before).isEqualTo(1);
            assertThat(first.value()).isEqualTo(second.value()).isNotEqualTo(old.value());
            assertThat(first.expiresAt()).isAfter(java.time.Instant.now());
            assertThat(companyInfo(first).statusCode()).isEqualTo(200);
            assertThat(connections.find(company.id(), Provider.QUICKBOOKS).orElseThrow().status())
                    .isEqualTo(ConnectionStatus.ACTIVE);
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFreshTokenIsHandedOutWithoutRefreshingAndARejectedOneIsRefreshedOnce() {
        TestCompany company = connected("Vault Rejection Co", SandboxConsent.EMPTY_REALM);
        int before = refreshCounter.refreshes();
        AccessToken token = vault.accessToken(company.id(), Provider.QUICKBOOKS);
        assertThat(vault.accessToken(company.id(), Provider.QUICKBOOKS).value()).isEqualTo(token.value());
        assertThat(refreshCounter.refreshes()).isEqualTo(before);

        AccessToken retried = vault.refreshAfterRejection(company.id(), Provider.QUICKBOOKS, token);
        AccessToken again = vault.refreshAfterRejection(company.id(), Provider.QUICKBOOKS, token);

        assertThat(retried.value()).isNotEqualTo(token.value()).isEqualTo(again.value());
        assertThat(refreshCounter.refreshes() - before).isEqualTo(1);
        assertThat(companyInfo(retried).statusCode()).isEqualTo(200);
    }

    @Test
    void invalidGrantTurnsTheConnectionToNeedsReconnectWithAVisibleReason() {
        TestCompany company = connected("Vault Revoked Co", SandboxConsent.EMPTY_REALM);
        HttpResponse<String> fault = SandboxConsent.post(companies.baseUrl() + "/sandbox/quickbooks/_admin/faults",
                "{\"revokeAllTokens\":true}");
        assertThat(fault.statusCode()).isEqualTo(200);
        expire(company);

        // Whichever thread refreshes first (this one, or the first sync running in the background)
        // meets invalid_grant; every caller after it is told to reconnect without asking again.
        assertThatThrownBy(() -> vault.accessToken(company.id(), Provider.QUICKBOOKS))
                .isInstanceOf(ConnectionNeedsReconnect.class);
        assertThatThrownBy(() -> vault.accessToken(company.id(), Provider.QUICKBOOKS))
                .isInstanceOf(ConnectionNeedsReconnect.class);

        Connection connection = connections.find(company.id(), Provider.QUICKBOOKS).orElseThrow();
        assertThat(connection.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
        assertThat(connection.statusReason()).contains("no longer accepts", "invalid_grant", "Reconnect");
        StaffSession staff = StaffSession.signIn(companies, company);
        assertThat(staff.get("/settings/integrations").text()).contains("id=\"needs-attention\"",
                "data-status=\"NEEDS_RECONNECT\"", "Needs reconnecting", ">Reconnect</a>");
        assertThat(company.api().get("/api/v1/integrations/quickbooks").at("/status")).isEqualTo("NEEDS_RECONNECT");
    }

    @Test
    void disconnectRevokesTheGrantAtTheProviderAndKeepsTheAccountForReconnecting() {
        TestCompany company = connected("Vault Disconnect Co", SandboxConsent.DATA_REALM);
        AccessToken token = vault.accessToken(company.id(), Provider.QUICKBOOKS);
        assertThat(companyInfo(token).statusCode()).isEqualTo(200);

        var ended = company.api().post("/api/v1/integrations/quickbooks/disconnect", null);

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.at("/status")).isEqualTo("NOT_CONNECTED");
        assertThat(ended.at("/accountId")).isEqualTo(SandboxConsent.DATA_REALM);
        assertThat(ended.at("/statusReason")).contains("Disconnected by").doesNotContain("did not confirm");
        assertThat(companyInfo(token).statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> vault.accessToken(company.id(), Provider.QUICKBOOKS))
                .isInstanceOf(ConnectionNeedsReconnect.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM integration_connections WHERE company_id = ? "
                + "AND (sealed_access_token IS NOT NULL OR sealed_refresh_token IS NOT NULL)")
                .param(company.id().value()).query(Long.class).single()).isZero();
    }

    private TestCompany connected(String name, String realm) {
        TestCompany company = companies.open(name);
        String callback = SandboxConsent.allow(ConnectionFlowIntegrationTest.authorizeUrl(company.api()), realm);
        assertThat(SandboxConsent.get(callback).statusCode()).isEqualTo(200);
        return company;
    }

    private void expire(TestCompany company) {
        jdbc.sql("UPDATE integration_connections SET access_expires_at = ? WHERE company_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), company.id().value()).update();
    }

    private HttpResponse<String> companyInfo(AccessToken token) {
        return SandboxConsent.get(companies.baseUrl() + "/sandbox/quickbooks/v3/company/" + token.accountId()
                + "/companyinfo/" + token.accountId() + "?minorversion=75", token.value());
    }
}
