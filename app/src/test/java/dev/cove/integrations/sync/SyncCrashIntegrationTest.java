package dev.cove.integrations.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.test.annotation.DirtiesContext;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.sandbox.common.FaultPlan;
import tools.jackson.databind.JsonNode;

/**
 * The worker dies in the middle of a run (its scheduler is stopped, interrupting writes in flight) and
 * a new one takes over the same database: the run finishes and every record exists exactly once.
 */
@SyncEngineTest
@DirtiesContext
class SyncCrashIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    SyncDriver sync;
    @Autowired
    Scheduler scheduler;
    @Autowired
    List<Task<?>> tasks;
    @Autowired
    DataSource dataSource;

    @Test
    void aRunInterruptedByAStoppedWorkerFinishesAfterRestartWithEveryRecordPushedOnce() throws InterruptedException {
        TestCompany company = companies.open("Crash");
        int records = 40;
        for (int i = 0; i < records; i++) {
            sync.createCustomer(company.api(), "Crash customer " + i);
        }
        sync.hub.connect(company.id());
        // Slow writes, so that several are in flight when the worker dies.
        sync.faults(new FaultPlan(null, null, 600L, null, null, null, null, null, company.id().toString()));
        String run = sync.startRun(company.api(), "\"ALL\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> sync.remote(company.id(), "Customer").size() >= 8);

        scheduler.stop();
        Long inFlight = sync.jdbc.sql("SELECT COUNT(*) FROM sync_links WHERE company_id = ? AND inflight_key IS NOT NULL")
                .param(company.id().value()).query(Long.class).single();
        assertThat(inFlight).as("writes cut off by the stop").isPositive();
        Thread.sleep(1500); // the provider finishes (and commits) the writes whose caller died
        JsonNode stopped = company.api().get("/api/v1/sync-runs/" + run).json();
        assertThat(stopped.path("state").asString()).isEqualTo("RUNNING");
        int pushedBeforeRestart = sync.remote(company.id(), "Customer").size();
        assertThat(pushedBeforeRestart).isLessThan(records);
        Thread.sleep(500);
        assertThat(sync.remote(company.id(), "Customer")).hasSize(pushedBeforeRestart);

        sync.faults(FaultPlan.NONE);
        Scheduler restarted = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks).threads(4)
                .pollingInterval(Duration.ofMillis(100)).heartbeatInterval(Duration.ofMillis(500)).missedHeartbeatsLimit(4)
                .enableImmediateExecution().build();
        restarted.start();
        try {
            JsonNode finished = sync.awaitRunEnd(company.api(), run, Duration.ofSeconds(60));
            assertThat(finished.path("state").asString()).isEqualTo("SUCCEEDED");
            assertThat(finished.path("done").asInt()).isEqualTo(records);
        } finally {
            restarted.stop();
        }
        List<JsonNode> remote = sync.remote(company.id(), "Customer");
        assertThat(remote).hasSize(records);
        assertThat(remote.stream().map(r -> r.path("name").asString()).collect(Collectors.toSet())).hasSize(records);
    }
}
