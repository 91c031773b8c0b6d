package dev.cove.integrations.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.sandbox.common.FaultPlan;
import tools.jackson.databind.JsonNode;

/** The rate budget against the provider's limit, and writes whose responses are lost. */
@SyncEngineTest
class SyncLimitsIntegrationTest {

    @Autowired
    TestCompanies companies;
    @Autowired
    SyncDriver sync;
    @Autowired
    SyncSettings settings;

    @AfterEach
    void clearFaults() {
        sync.faults(FaultPlan.NONE);
    }

    @Test
    void aRunSpendsTheBudgetAtItsPaceWithoutASingle429() {
        TestCompany company = companies.open("Budget");
        int records = 150;
        for (int i = 0; i < records; i++) {
            sync.createCustomer(company.api(), "Budget customer " + i);
        }
        sync.hub.connect(company.id());

        JsonNode run = sync.awaitRunEnd(company.api(), sync.startRun(company.api(), "\"ALL\""), Duration.ofSeconds(60));

        assertThat(run.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(sync.stat(company.id(), "throttled")).isZero();
        List<Long> times = sync.sandbox.requestTimes(company.id().toString());
        assertThat(times).hasSize(records);
        // Requests per provider minute, measured by the provider, against the budget (limit x utilisation).
        double realSeconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
        double perProviderMinute = (times.size() - 1) / realSeconds * 60 / settings.timeScale();
        long budget = settings.limitsOf(SyncDriver.SLUG).budgetPerMinute();
        assertThat(perProviderMinute / budget).isBetween(0.9, 1.1);
    }

    @Test
    void responsesLostAfterTheProviderCommittedNeverCreateASecondRecord() {
        TestCompany company = companies.open("Lost responses");
        int records = 80;
        for (int i = 0; i < records; i++) {
            sync.createCustomer(company.api(), "Lost customer " + i);
        }
        sync.hub.connect(company.id());
        sync.faults(new FaultPlan(null, null, null, null, null, 0.1, null, null, company.id().toString()));

        JsonNode run = sync.awaitRunEnd(company.api(), sync.startRun(company.api(), "\"ALL\""), Duration.ofSeconds(60));

        assertThat(run.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("done").asInt()).isEqualTo(records);
        assertThat(sync.stat(company.id(), "faults")).isPositive();
        List<JsonNode> remote = sync.remote(company.id(), "Customer");
        assertThat(remote).hasSize(records);
        assertThat(remote.stream().map(r -> r.path("name").asString()).collect(Collectors.toSet())).hasSize(records);
    }
}
