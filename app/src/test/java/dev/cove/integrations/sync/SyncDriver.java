package dev.cove.integrations.sync;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.TestCompanies;
import dev.cove.integrations.sync.testprovider.TestHub;
import dev.cove.integrations.sync.testprovider.TestProviderAdapter;
import dev.cove.integrations.sync.testprovider.TestProviderSandbox;
import dev.cove.sandbox.common.FaultPlan;
import dev.cove.shared.CompanyId;
import tools.jackson.databind.JsonNode;

/** What the engine's tests do to a company, its connection and the test provider's sandbox. */
@TestComponent
class SyncDriver {

    static final String SLUG = TestProviderAdapter.PROVIDER.slug();

    @Autowired
    TestCompanies companies;
    @Autowired
    TestHub hub;
    @Autowired
    TestProviderSandbox sandbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    /** Database sessions held up in a statement that starts with {@code statement}, waiting for another's lock. */
    long sessionsWaitingIn(String statement) {
        // H2 shows a session waiting for a row lock as running the statement.
        String sql = Databases.postgres(dataSource)
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_STATE = 'RUNNING' AND EXECUTING_STATEMENT LIKE ?";
        return jdbc.sql(sql).param(statement + "%").query(Long.class).single();
    }

    UUID createCustomer(Api api, String name) {
        Api.Response created = api.post("/api/v1/customers", "{\"displayName\": \"" + name + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("customer not created: " + created.status() + " " + created.body());
        }
        return UUID.fromString(created.at("/id"));
    }

    void renameCustomer(Api api, UUID id, String name) {
        Api.Response patched = api.patch("/api/v1/customers/" + id, "{\"displayName\": \"" + name + "\"}");
        if (patched.status() != 200) {
            throw new IllegalStateException("customer not renamed: " + patched.status() + " " + patched.body());
        }
    }

    /** The records the provider holds for the company, in its own shape. */
    List<JsonNode> remote(CompanyId company, String type) {
        Api.Response response = admin().get("/sandbox/" + TestProviderSandbox.NAME + "/_admin/companies/" + company
                + "/entities/" + type);
        return response.status() == 200 ? List.copyOf(iterable(response.json())) : List.of();
    }

    long stat(CompanyId company, String counter) {
        JsonNode stats = admin().get("/sandbox/" + TestProviderSandbox.NAME + "/_admin/stats").json();
        return stats.path("companies").path(company.toString()).path(counter).asLong(0);
    }

    /** Calls the sandbox refused with 401 (not counted as API requests by the sandbox). */
    long sandboxRejections(CompanyId company) {
        return sandbox.rejected(company.toString());
    }

    void faults(FaultPlan plan) {
        sandbox.controls().faults().set(plan);
    }

    String linkState(CompanyId company, String type, UUID localId) {
        return jdbc.sql("SELECT state FROM sync_links WHERE company_id = ? AND entity_type = ? AND local_id = ?")
                .params(company.value(), type, localId).query(String.class).optional().orElse("NONE");
    }

    JsonNode awaitRunEnd(Api api, String runId, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING".equals(api.get("/api/v1/sync-runs/" + runId).at("/state")));
        return api.get("/api/v1/sync-runs/" + runId).json();
    }

    String startRun(Api api, String scopeJson) {
        Api.Response started = api.post("/api/v1/integrations/" + SLUG + "/sync", "{\"scope\": " + scopeJson + "}");
        if (started.status() != 202) {
            throw new IllegalStateException("run not started: " + started.status() + " " + started.body());
        }
        return started.at("/id");
    }

    private Api admin() {
        return new Api(companies.baseUrl(), "none");
    }

    private static List<JsonNode> iterable(JsonNode array) {
        java.util.ArrayList<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
