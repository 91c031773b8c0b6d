package dev.cove.integrations.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

@SyncEngineTest
class SyncPagesIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    SyncDriver sync;

    @Test
    void syncNowStartsARunWhoseProgressStreamsUntilItFinishes() {
        TestCompany company = companies.open("Sync page");
        sync.createCustomer(company.api(), "Page customer");
        sync.hub.connect(company.id());
        StaffSession staff = StaffSession.signIn(companies, company);
        assertThat(staff.get("/integrations/" + SyncDriver.SLUG + "/sync").status()).isEqualTo(200);

        StaffSession.Page started = staff.post("/integrations/" + SyncDriver.SLUG + "/sync", Map.of("scope", "ALL"));
        assertThat(started.status()).isEqualTo(302);
        String runId = started.location().replaceAll(".*run=", "");
        StaffSession.Page page = staff.get("/integrations/" + SyncDriver.SLUG + "/sync?run=" + runId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"sync-progress\"").contains("/sync/runs/" + runId + "/progress");

        // The stream ends when the run does; reading it whole returns every event it sent.
        StaffSession.Page events = staff.get("/integrations/" + SyncDriver.SLUG + "/sync/runs/" + runId + "/progress");
        assertThat(events.header("Content-Type")).startsWith("text/event-stream");
        assertThat(events.text()).contains("event:finished").contains("\"state\":\"SUCCEEDED\"").contains("\"done\":1");
    }

    @Test
    void aRefusedRecordShowsTheProvidersMessageOnThePageAndItsTimeline() {
        TestCompany company = companies.open("Failed page");
        sync.hub.connect(company.id());
        UUID customer = sync.createCustomer(company.api(), "Broken!");
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("FAILED"));
        StaffSession staff = StaffSession.signIn(companies, company);

        String page = staff.get("/integrations/" + SyncDriver.SLUG + "/sync").text();
        assertThat(page).contains("1 failed").contains("Display names may not contain &#39;!&#39; (got &#39;Broken!&#39;)");
        String timeline = staff.get("/integrations/" + SyncDriver.SLUG + "/sync/records/Customer/" + customer).text();
        assertThat(timeline).contains("REFUSED").contains("invalid_name");
    }
}
