package dev.cove.integrations.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.Api;
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
    @Autowired
    SyncRuns runs;

    @Autowired
    SyncLinks links;
    @Autowired
    TransactionTemplate transactions;

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
    void aTaskWhoseViewPredatesABatchThatSettledItsRecordCannotSendItAgain() {
        TestCompany company = companies.open("Stale view");
        UUID id = links.changed(company.id(), TestProviderAdapter.PROVIDER, RecordType.CUSTOMER, UUID.randomUUID());
        Link seenByItsOwnTask = links.find(id).orElseThrow();
        long generation = seenByItsOwnTask.generation();

        assertThat(links.beginAttempt(id, generation, "batch-key", "hash", "{}", 3)).as("taken along by a batch").isTrue();
        links.pushed(id, "remote-1", "0", "hash", generation);

        assertThat(links.beginAttempt(id, generation, "own-key", "hash", "{}", null)).isFalse();
        assertThat(links.find(id).orElseThrow()).satisfies(link -> {
            assertThat(link.remoteId()).isEqualTo("remote-1");
            assertThat(link.inFlight()).isFalse();
        });
    }

    @Test
    void aFailureSeenFromAViewThatPredatesABatchNeitherUnsettlesTheRecordNorTouchesTheBatchsWrite() {
        TestCompany company = companies.open("Stale failure");
        UUID id = links.changed(company.id(), TestProviderAdapter.PROVIDER, RecordType.CUSTOMER, UUID.randomUUID());
        long generation = links.find(id).orElseThrow().generation();

        // Its own task, holding no write, is still preparing when a batch takes the record along...
        assertThat(links.beginAttempt(id, generation, "batch-key", "hash", "{}", 2)).isTrue();
        assertThat(links.failedTransiently(id, null, "0", "timed out", true)).as("nothing recorded").isZero();
        assertThat(links.awaiting(id, null, null, "waiting for its customer")).isFalse();
        assertThat(links.refused(id, null, generation, "6000", "refused", true)).isFalse();
        assertThat(links.find(id).orElseThrow()).satisfies(link -> {
            assertThat(link.inflightKey()).isEqualTo("batch-key");
            assertThat(link.inflightItem()).isEqualTo(2);
            assertThat(link.attempts()).isZero();
        });
        assertThat(links.failedTransiently(id, "batch-key", "0", "timed out", true)).as("the batch's own failure").isOne();

        // ...and settles it: the late failure of the old view leaves it synced, so no task is left without work.
        links.pushed(id, "remote-1", "0", "hash", generation);
        assertThat(links.failedTransiently(id, null, "0", "timed out", true)).isZero();
        assertThat(links.unchanged(id, generation)).isFalse();
        links.waiting(id, "QuickBooks needs reconnecting");
        assertThat(links.find(id).orElseThrow()).satisfies(link -> {
            assertThat(link.state()).isEqualTo(LinkState.SYNCED);
            assertThat(link.behind()).isFalse();
            assertThat(link.lastErrorMessage()).isNull();
        });
    }

    @Test
    void twoTransactionsChangingTheSameUnlinkedRecordAtOnceBothCommitAndCountBothChanges() throws Exception {
        TestCompany company = companies.open("First change race");
        UUID record = UUID.randomUUID();
        CountDownLatch firstLinked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> linking = first.submit(() -> transactions.executeWithoutResult(s -> {
                links.changed(company.id(), TestProviderAdapter.PROVIDER, RecordType.CUSTOMER, record);
                firstLinked.countDown();
                held(release);
            }));
            assertThat(firstLinked.await(10, TimeUnit.SECONDS)).isTrue();
            ExecutorService second = Executors.newSingleThreadExecutor();
            try {
                // The second insert waits on the first's uncommitted row, then finds it taken.
                Future<UUID> racing = second.submit(() -> transactions.execute(s ->
                        links.changed(company.id(), TestProviderAdapter.PROVIDER, RecordType.CUSTOMER, record)));
                await().atMost(Duration.ofSeconds(10)).until(() -> sync.sessionsWaitingIn("INSERT INTO sync_links") > 0);
                release.countDown();
                linking.get(10, TimeUnit.SECONDS);
                UUID link = racing.get(10, TimeUnit.SECONDS);
                assertThat(links.find(link).orElseThrow().generation()).as("both changes counted on one link").isEqualTo(2);
            } finally {
                second.shutdownNow();
            }
        } finally {
            release.countDown();
            first.shutdownNow();
        }
    }

    private static void held(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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


    @Test
    void aRefusedRecordIsFlaggedWithTheProvidersMessageAndRetriedWhenItChanges() {
        TestCompany company = companies.open("Refused");
        sync.hub.connect(company.id());
        UUID customer = sync.createCustomer(company.api(), "Pools!");
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("FAILED"));

        JsonNode record = company.api().get("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/records/Customer/" + customer).json();
        assertThat(record.path("lastErrorCode").asString()).isEqualTo("invalid_name");
        assertThat(record.path("lastErrorMessage").asString()).isEqualTo("Display names may not contain '!' (got 'Pools!')");
        assertThat(company.api().get("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/counts").json().path("failed").asLong())
                .isEqualTo(1);

        sync.renameCustomer(company.api(), customer, "Pools");
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("SYNCED"));
        assertThat(sync.remote(company.id(), "Customer")).singleElement()
                .satisfies(r -> assertThat(r.path("name").asString()).isEqualTo("Pools"));
    }

    @Test
    void aRunWithARefusedRecordEndsFailedAndListsTheProvidersMessage() {
        TestCompany company = companies.open("Run errors");
        sync.createCustomer(company.api(), "Fine");
        UUID bad = sync.createCustomer(company.api(), "Not fine!");
        sync.hub.connect(company.id());

        JsonNode run = sync.awaitRunEnd(company.api(), sync.startRun(company.api(), "\"ALL\""), Duration.ofSeconds(15));
        assertThat(run.path("state").asString()).isEqualTo("FAILED");
        assertThat(run.path("total").asInt()).isEqualTo(2);
        assertThat(run.path("done").asInt()).isEqualTo(1);
        assertThat(run.path("failed").asInt()).isEqualTo(1);
        assertThat(run.path("errors").get(0).path("localId").asString()).isEqualTo(bad.toString());
        assertThat(run.path("errors").get(0).path("message").asString()).isEqualTo("Display names may not contain '!' (got 'Not fine!')");

        assertThat(company.api().post("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/retry-failed", null).at("/requeued"))
                .isEqualTo("1");
        await().atMost(Duration.ofSeconds(10)).until(() -> company.api().get("/api/v1/integrations/" + SyncDriver.SLUG
                + "/sync/records/Customer/" + bad).json().path("timeline").size() == 2);
        assertThat(sync.linkState(company.id(), "Customer", bad)).isEqualTo("FAILED");
    }

    @Test
    void transientFailuresAreRetriedWithTheSameKeyUntilTheyPass() {
        TestCompany company = companies.open("Transient");
        sync.hub.connect(company.id());
        sync.faults(new FaultPlan(1.0, 503, null, null, null, null, null, null, company.id().toString()));
        UUID customer = sync.createCustomer(company.api(), "Flaky Pools");
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.stat(company.id(), "faults") >= 3);
        assertThat(sync.linkState(company.id(), "Customer", customer)).isEqualTo("PENDING");

        sync.faults(FaultPlan.NONE);
        await().atMost(Duration.ofSeconds(15)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("SYNCED"));
        JsonNode timeline = company.api().get("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/records/Customer/" + customer)
                .json().path("timeline");
        assertThat(timeline.get(0).path("outcome").asString()).isEqualTo("TRANSIENT");
        assertThat(timeline.get(0).path("errorCode").asString()).isEqualTo("server_error");
        assertThat(timeline.get(timeline.size() - 1).path("outcome").asString()).isEqualTo("PUSHED");
        java.util.Set<String> keys = new java.util.HashSet<>();
        timeline.forEach(entry -> keys.add(entry.path("requestKey").asString()));
        assertThat(keys).hasSize(1);
        assertThat(sync.remote(company.id(), "Customer")).hasSize(1);
    }

    @Test
    void aRevokedGrantMarksTheConnectionAndTasksWaitUntilTheReconnect() throws InterruptedException {
        TestCompany company = companies.open("Reconnect");
        sync.hub.connect(company.id());
        sync.hub.revokeGrant(company.id());
        UUID customer = sync.createCustomer(company.api(), "Waiting Pools");

        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("WAITING"));
        assertThat(sync.hub.find(company.id(), TestProviderAdapter.PROVIDER).orElseThrow().status())
                .isEqualTo(dev.cove.integrations.ConnectionStatus.NEEDS_RECONNECT);
        long requests = sync.stat(company.id(), "requests") + sync.sandboxRejections(company.id());
        Thread.sleep(2500); // more than two re-checks of a blocked task at this time scale
        assertThat(sync.stat(company.id(), "requests") + sync.sandboxRejections(company.id())).isEqualTo(requests);
        assertThat(sync.remote(company.id(), "Customer")).isEmpty();

        sync.hub.reconnect(company.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("SYNCED"));
        assertThat(sync.remote(company.id(), "Customer")).hasSize(1);
    }

    @Test
    void anotherCompanyCannotReadARun() {
        TestCompany owner = companies.open("Run owner");
        TestCompany other = companies.open("Run stranger");
        sync.hub.connect(owner.id());
        String run = sync.startRun(owner.api(), "[\"Customer\"]");
        assertThat(owner.api().get("/api/v1/sync-runs/" + run).status()).isEqualTo(200);
        assertThat(other.api().get("/api/v1/sync-runs/" + run).status()).isEqualTo(404);
    }

    @Test
    void aScopeThatIsNotARecordTypeIsRefused() {
        TestCompany company = companies.open("Bad scope");
        sync.hub.connect(company.id());
        Api.Response response = company.api().post("/api/v1/integrations/" + SyncDriver.SLUG + "/sync", "{\"scope\": [\"Spaceship\"]}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWriteWhoseResponseWasLostIsSettledWithItsOwnKeyBeforeANewerChangeIsSent() {
        TestCompany company = companies.open("Lost then changed");
        sync.hub.connect(company.id());
        sync.faults(new FaultPlan(null, null, null, null, null, 1.0, null, null, company.id().toString()));
        UUID customer = sync.createCustomer(company.api(), "Before");
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.stat(company.id(), "faults") >= 1);
        assertThat(sync.remote(company.id(), "Customer")).hasSize(1);

        sync.renameCustomer(company.api(), customer, "After");
        sync.faults(FaultPlan.NONE);

        await().atMost(Duration.ofSeconds(15)).until(() -> sync.linkState(company.id(), "Customer", customer).equals("SYNCED"));
        assertThat(sync.remote(company.id(), "Customer")).singleElement().satisfies(r -> {
            assertThat(r.path("name").asString()).isEqualTo("After");
            assertThat(r.path("version").asString()).isEqualTo("1");
        });
    }

    @Test
    void anInvoiceIsPushedWithItsCustomersRemoteId() {
        TestCompany company = companies.open("Invoice refs");
        UUID customer = sync.createCustomer(company.api(), "Invoiced Pools");
        Api.Response invoice = company.api().post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Filter clean", "unitPrice": 65}]}""".formatted(customer));
        assertThat(invoice.status()).isEqualTo(201);
        sync.hub.connect(company.id());

        JsonNode run = sync.awaitRunEnd(company.api(), sync.startRun(company.api(), "\"ALL\""), Duration.ofSeconds(15));

        assertThat(run.path("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.path("scope").toString()).isEqualTo("[\"Customer\",\"Invoice\"]");
        String customerRemoteId = sync.remote(company.id(), "Customer").get(0).path("id").asString();
        assertThat(sync.remote(company.id(), "Invoice")).singleElement().satisfies(r -> {
            assertThat(r.path("customer").asString()).isEqualTo(customerRemoteId);
            assertThat(r.path("total").asString()).isEqualTo("65.00");
        });
    }

    @Test
    void anInvoiceWaitsForItsCustomerWithoutSpendingAttemptsAndIsWokenWhenTheCustomerSettles() {
        TestCompany company = companies.open("Parked invoice");
        sync.hub.connect(company.id());
        sync.faults(new FaultPlan(1.0, 503, null, null, null, null, null, null, company.id().toString()));
        UUID customer = UUID.fromString(company.api().post("/api/v1/customers",
                "{\"displayName\": \"Slow Pools\", \"email\": \"slow@example.com\"}").at("/id"));
        UUID invoice = UUID.fromString(company.api().post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Filter clean", "unitPrice": 65}]}""".formatted(customer))
                .at("/id"));
        assertThat(company.api().post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.linkState(company.id(), "Invoice", invoice).equals("WAITING"));
        // The customer keeps failing for more attempts than the invoice could have spent waiting.
        await().atMost(Duration.ofSeconds(15)).until(() -> sync.stat(company.id(), "faults") >= 4);
        Link parked = links.find(company.id(), TestProviderAdapter.PROVIDER, RecordType.INVOICE, invoice).orElseThrow();
        assertThat(parked.state()).isEqualTo(LinkState.WAITING);
        assertThat(parked.attempts()).isZero();

        sync.faults(FaultPlan.NONE);
        // The context's blocked-recheck is a day: only the customer's settlement can wake the invoice.
        await().atMost(Duration.ofSeconds(30)).until(() -> sync.linkState(company.id(), "Invoice", invoice).equals("SYNCED"));
        JsonNode timeline = company.api().get("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/records/Invoice/" + invoice)
                .json().path("timeline");
        assertThat(timeline).extracting(e -> e.path("outcome").asString()).containsExactly("WAITING", "PUSHED");
        assertThat(sync.remote(company.id(), "Invoice")).singleElement().satisfies(r -> assertThat(r.path("customer")
                .asString()).isEqualTo(sync.remote(company.id(), "Customer").get(0).path("id").asString()));
    }

    @Test
    void theScheduleStartsOneRunPerActiveConnectionAndNoneWhileOneIsRunning() {
        TestCompany company = companies.open("Scheduled");
        sync.createCustomer(company.api(), "Scheduled Pools");
        sync.hub.connect(company.id());
        assertThat(company.api().post("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/pause", null).status()).isEqualTo(204);

        runs.startScheduled(TestProviderAdapter.PROVIDER, List.of(company.id()));
        runs.startScheduled(TestProviderAdapter.PROVIDER, List.of(company.id()));

        List<SyncRuns.Run> started = runs.recent(company.id(), TestProviderAdapter.PROVIDER, 10);
        assertThat(started).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo("SCHEDULED");
            assertThat(r.state()).isEqualTo(SyncRuns.State.RUNNING);
            // Customers and items daily; invoices go when they change, not on the schedule.
            assertThat(r.scope()).containsExactly(RecordType.CUSTOMER);
        });
        company.api().post("/api/v1/integrations/" + SyncDriver.SLUG + "/sync/resume", null);
        JsonNode finished = sync.awaitRunEnd(company.api(), started.get(0).id().toString(), Duration.ofSeconds(15));
        assertThat(finished.path("state").asString()).isEqualTo("SUCCEEDED");
    }
}
