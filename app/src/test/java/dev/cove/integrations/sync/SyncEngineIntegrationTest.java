package dev.cove.integrations.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.integrations.sync.testprovider.TestProviderAdapter;
import dev.cove.sandbox.common.FaultPlan;
import tools.jackson.databind.JsonNode;

@SyncEngineTest
class SyncEngineIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    SyncDriver sync;

    @AfterEach
    void clearFaults() {
        sync.faults(FaultPlan.NONE);
    }

    @Test
    void aNewCustomerIsPushedOnceWithItsRemoteIdLinked() {
        TestCompany company = companies.open("Pushes");
        sync.hub.connect(company.id());
        UUID customer = sync.createCustomer(company.api(), "Ada Pools");

        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("SYNCED"));
        List<JsonNode> remote = sync.remote(company.id(), "Customer");
        assertThat(remote).hasSize(1);
        assertThat(remote.get(0).path("name").asString()).isEqualTo("Ada Pools");
        JsonNode record = company.api().get("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/records/Customer/" + customer).json();
        assertThat(record.path("remoteId").asString()).isEqualTo(remote.get(0).path("id").asString());
        assertThat(record.path("timeline").get(0).path("outcome").asString()).isEqualTo("PUSHED");
    }

    @Test
    void twoChangesWhileATaskIsPendingCoalesceIntoOneTaskAndOnePush() {
        TestCompany company = companies.open("Coalesces");
        sync.hub.connect(company.id());
        assertThat(company.api().post("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/pause", null).status()).isEqualTo(204);
        UUID customer = sync.createCustomer(company.api(), "First name");
        sync.renameCustomer(company.api(), customer, "Second name");

        Long tasks = sync.jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks t JOIN sync_links l ON t.task_instance = "
                + "CAST(l.id AS VARCHAR(36)) WHERE l.company_id = ? AND t.task_name = ?")
                .params(company.id().value(), SyncTasks.pushTask(TestProviderAdapter.PROVIDER)).query(Long.class).single();
        assertThat(tasks).isEqualTo(1);
        assertThat(sync.jdbc.sql("SELECT generation FROM sync_links WHERE local_id = ?").param(customer).query(Long.class).single())
                .isEqualTo(2);

        company.api().post("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/resume", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("SYNCED"));
        assertThat(sync.stat(company.id(), "requests")).isEqualTo(1);
        assertThat(sync.remote(company.id(), "Customer")).singleElement()
                .satisfies(r -> assertThat(r.path("name").asString()).isEqualTo("Second name"));
    }

    @Test
    void aRunOverUnchangedRecordsSendsNothing() {
        TestCompany company = companies.open("Unchanged");
        for (int i = 0; i < 3; i++) {
            sync.createCustomer(company.api(), "Customer " + i);
        }
        sync.hub.connect(company.id());
        JsonNode first = sync.awaitRunEnd(company.api(), sync.startRun(company.api(), "\"ALL\""), Duration.ofSeconds(15));
        assertThat(first.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.path("done").asInt()).isEqualTo(3);
        long requests = sync.stat(company.id(), "requests");
        assertThat(requests).isEqualTo(3);

        JsonNode second = sync.awaitRunEnd(company.api(), sync.startRun(company.api(), "[\"Customer\"]"), Duration.ofSeconds(15));
        assertThat(second.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(second.path("done").asInt()).isEqualTo(3);
        assertThat(sync.stat(company.id(), "requests")).isEqualTo(requests);
    }

}
