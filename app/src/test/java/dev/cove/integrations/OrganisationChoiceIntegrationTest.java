package dev.cove.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

/**
 * Xero's tenant choice over real HTTP, against a Xero-like sandbox whose {@code /connections} lists every
 * organisation one consent reaches. The test gives the otherwise unoffered XERO provider this sandbox's
 * addresses; production configuration does not offer Xero yet.
 */
@IntegrationTest
@Import(OrganisationsSandboxConfiguration.class)
@TestPropertySource(properties = {
    "cove.integrations.providers.xero.client-id=cove-sandbox-client",
    "cove.integrations.providers.xero.client-secret=cove-sandbox-secret",
    "cove.integrations.providers.xero.scopes=offline_access,accounting.transactions",
    "cove.integrations.providers.xero.disconnect=DELETE_CONNECTION",
    "cove.integrations.providers.xero.endpoints.SANDBOX.authorize=/sandbox/organisations/identity/connect/authorize",
    "cove.integrations.providers.xero.endpoints.SANDBOX.token=/sandbox/organisations/connect/token",
    "cove.integrations.providers.xero.endpoints.SANDBOX.revoke=/sandbox/organisations/connect/revocation",
    "cove.integrations.providers.xero.endpoints.SANDBOX.api=/sandbox/organisations/api.xro/2.0",
    "cove.integrations.providers.xero.endpoints.SANDBOX.tenants=/sandbox/organisations/connections"
})
class OrganisationChoiceIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    Connections connections;

    @Autowired
    OrganisationsSandbox sandbox;

    @Autowired
    ConnectionEventsRecorder events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoOrganisationsAskWhichOneAndThePickedSecondBecomesTheConnection() {
        TestCompany company = companies.open("Choice Pages Co");
        StaffSession staff = StaffSession.signIn(companies, company);
        OrganisationsSandbox.Organisation first = organisation("Harbour Pools Ltd");
        OrganisationsSandbox.Organisation second = organisation("Harbour Pools Trust");
        String login = sandbox.login(List.of(first, second));

        String choicePage = chooseFrom(staff, login);

        assertThat(connections.find(company.id(), Provider.XERO)).isEmpty();
        StaffSession.Page page = staff.get(choicePage);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Harbour Pools Ltd", "Harbour Pools Trust", "ORGANISATION", "name=\"_csrf\"");

        StaffSession.Page chosen = staff.post(choicePage, Map.of("organisation", second.tenantId()));

        assertThat(chosen.status()).isEqualTo(302);
        assertThat(chosen.location()).endsWith("/settings/integrations/xero");
        Connection connection = connections.find(company.id(), Provider.XERO).orElseThrow();
        assertThat(connection.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(connection.accountId()).isEqualTo(second.tenantId());
        assertThat(connection.accountName()).isEqualTo("Harbour Pools Trust");
        assertThat(connection.connectedBy()).isEqualTo("Test Staff Choice Pages Co");
        assertThat(events.activations(company.id())).singleElement()
                .isEqualTo(new ConnectionActivated(company.id(), Provider.XERO, second.tenantId(), false));
        assertThat(sandbox.connectedTenants(login)).containsExactly(first.tenantId(), second.tenantId());
        assertThat(staff.post(choicePage, Map.of("organisation", first.tenantId())).status()).isEqualTo(400);
        assertThat(connections.find(company.id(), Provider.XERO).orElseThrow().accountId()).isEqualTo(second.tenantId());

        staff.get("/settings/integrations/xero");
        assertThat(staff.post("/settings/integrations/xero/disconnect", Map.of()).status()).isEqualTo(302);

        assertThat(sandbox.connectedTenants(login)).containsExactly(first.tenantId());
        Connection ended = connections.find(company.id(), Provider.XERO).orElseThrow();
        assertThat(ended.status()).isEqualTo(ConnectionStatus.NOT_CONNECTED);
        assertThat(ended.statusReason()).doesNotContain("did not confirm");
    }

    @Test
    void reconnectingToTheSameOrganisationThroughTheChoiceIsAReconnectAndAnotherOneIsRefused() {
        TestCompany company = companies.open("Choice Reconnect Co");
        StaffSession staff = StaffSession.signIn(companies, company);
        OrganisationsSandbox.Organisation first = organisation("Reef Pools");
        OrganisationsSandbox.Organisation second = organisation("Reef Spas");
        String login = sandbox.login(List.of(first, second));
        choose(staff, chooseFrom(staff, login), first);
        staff.get("/settings/integrations/xero");
        staff.post("/settings/integrations/xero/disconnect", Map.of());

        choose(staff, chooseFrom(staff, sandbox.login(List.of(first, second))), first);
        StaffSession.Page other = choose(staff, chooseFrom(staff, sandbox.login(List.of(first, second))), second);

        assertThat(events.activations(company.id())).extracting(ConnectionActivated::reconnected)
                .containsExactly(false, true);
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.text()).contains("Reconnect refused");
        assertThat(connections.find(company.id(), Provider.XERO).orElseThrow().accountId()).isEqualTo(first.tenantId());
    }

    @Test
    void oneOrganisationConnectsAtOnceWithoutAChoice() {
        TestCompany company = companies.open("Choice Single Co");
        OrganisationsSandbox.Organisation only = organisation("Lone Lagoon");
        String callback = SandboxConsent.allow(authorizeUrl(company), sandbox.login(List.of(only)));

        HttpResponse<String> back = SandboxConsent.get(callback);

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Xero is connected to Lone Lagoon.");
        Connection connection = connections.find(company.id(), Provider.XERO).orElseThrow();
        assertThat(connection.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(connection.accountId()).isEqualTo(only.tenantId());
    }

    @Test
    void anApiStartedFlowEndsOnTheChoicePageWhichOnlyTheStartingCompanyCanUse() {
        TestCompany owner = companies.open("Choice Api Co");
        TestCompany other = companies.open("Choice Intruder Co");
        OrganisationsSandbox.Organisation first = organisation("Deep End Ltd");
        OrganisationsSandbox.Organisation second = organisation("Shallow End Ltd");
        String callback = SandboxConsent.allow(authorizeUrl(owner), sandbox.login(List.of(first, second)));

        HttpResponse<String> back = SandboxConsent.get(callback);

        assertThat(back.statusCode()).isEqualTo(302);
        String choicePage = path(back.headers().firstValue("Location").orElseThrow());
        assertThat(choicePage).startsWith("/settings/integrations/xero/organisations/");
        StaffSession intruder = StaffSession.signIn(companies, other);
        StaffSession.Page peek = intruder.get(choicePage);
        assertThat(peek.status()).isEqualTo(400);
        assertThat(peek.text()).doesNotContain("Deep End Ltd");
        intruder.get("/settings/integrations");
        assertThat(intruder.post(choicePage, Map.of("organisation", second.tenantId())).status()).isEqualTo(400);
        assertThat(connections.find(other.id(), Provider.XERO)).isEmpty();
        assertThat(connections.find(owner.id(), Provider.XERO)).isEmpty();

        StaffSession staff = StaffSession.signIn(companies, owner);
        StaffSession.Page chosen = choose(staff, choicePage, second);

        assertThat(chosen.status()).isEqualTo(302);
        assertThat(connections.find(owner.id(), Provider.XERO).orElseThrow().accountId()).isEqualTo(second.tenantId());
        assertThat(connections.find(other.id(), Provider.XERO)).isEmpty();
    }

    @Test
    void aChoiceLeftUntilTheAuthorizationExpiresIsRefused() {
        TestCompany company = companies.open("Choice Expiry Co");
        StaffSession staff = StaffSession.signIn(companies, company);
        OrganisationsSandbox.Organisation first = organisation("Late Pools");
        OrganisationsSandbox.Organisation second = organisation("Later Pools");
        String choicePage = chooseFrom(staff, sandbox.login(List.of(first, second)));
        assertThat(staff.get(choicePage).status()).isEqualTo(200);

        jdbc.sql("UPDATE integration_authorizations SET expires_at = ? WHERE company_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), company.id().value()).update();

        StaffSession.Page page = staff.get(choicePage);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("has expired");
        StaffSession.Page chosen = staff.post(choicePage, Map.of("organisation", second.tenantId()));
        assertThat(chosen.status()).isEqualTo(400);
        assertThat(chosen.text()).contains("has expired");
        assertThat(connections.find(company.id(), Provider.XERO)).isEmpty();
    }

    @Test
    void organisationNamesAreShownEscaped() {
        TestCompany company = companies.open("Choice Escape Co");
        StaffSession staff = StaffSession.signIn(companies, company);
        String login = sandbox.login(List.of(organisation("<script>alert('x')</script> & Sons"),
                organisation("<img src=x onerror=alert(1)>")));

        StaffSession.Page page = staff.get(chooseFrom(staff, login));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons",
                "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert", "<img src=x");
    }

    /** Starts from the page, consents for the login, follows the callback; answers the choice page's path. */
    private String chooseFrom(StaffSession staff, String login) {
        StaffSession.Page start = staff.get("/settings/integrations/xero/connect");
        assertThat(start.status()).isEqualTo(302);
        StaffSession.Page back = staff.get(path(SandboxConsent.allow(start.location(), login)));
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).contains("/settings/integrations/xero/organisations/");
        return path(back.location());
    }

    private static StaffSession.Page choose(StaffSession staff, String choicePage,
            OrganisationsSandbox.Organisation organisation) {
        assertThat(staff.get(choicePage).status()).isEqualTo(200);
        return staff.post(choicePage, Map.of("organisation", organisation.tenantId()));
    }

    private static String authorizeUrl(TestCompany company) {
        var started = company.api().post("/api/v1/integrations/xero/connect", null);
        assertThat(started.status()).isEqualTo(200);
        return started.at("/authorizeUrl");
    }

    private static OrganisationsSandbox.Organisation organisation(String name) {
        return new OrganisationsSandbox.Organisation(UUID.randomUUID().toString(), name, "ORGANISATION");
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
