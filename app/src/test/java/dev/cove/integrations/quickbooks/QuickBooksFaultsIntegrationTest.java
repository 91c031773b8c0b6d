package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.integrations.sync.SyncStatus;
import tools.jackson.databind.JsonNode;

/**
 * The sync against a misbehaving QuickBooks sandbox (5% 5xx, 2% timeouts, 5% responses lost after
 * the write committed, a 429 burst, then every token revoked): the final state matches Cove, nothing
 * is duplicated, and every failure the sandbox injected is in the sync log. Time runs 60 times faster.
 */
@IntegrationTest
@TestPropertySource(properties = {
    "cove.sync.time-scale=60",
    "cove.sandbox.time-scale=60",
    "cove.integrations.quickbooks.request-timeout=1s",
    "db-scheduler.polling-interval=100ms",
    "db-scheduler.immediate-execution-enabled=true"
})
class QuickBooksFaultsIntegrationTest {

    static final Duration WITHIN = Duration.ofSeconds(60);
    static final int RECORDS = 8;

    @Autowired
    TestCompanies companies;

    @Autowired
    SyncRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Test
    void faultsThrottlingAndARevokedTokenLeaveQuickBooksExactlyMatchingCoveWithEveryFailureLogged() {
        QuickBooksSyncDriver qbo = new QuickBooksSyncDriver(companies.baseUrl(), requests);
        String realm = qbo.openRealm("US");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO Faults " + sfx);
        Api api = company.api();
        String item = api.post("/api/v1/items", """
                {"name": "Filter %s", "kind": "SERVICE", "unitPrice": 85}""".formatted(sfx)).at("/id");
        List<String> customers = new ArrayList<>();
        List<String> invoices = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            String customer = api.post("/api/v1/customers", """
                    {"displayName": "Faulty %s %d", "email": "f%d@example.com"}""".formatted(sfx, i, i)).at("/id");
            customers.add(customer);
            String invoice = api.post("/api/v1/invoices", """
                    {"customerId": "%s", "lines": [{"itemId": "%s", "quantity": %d},
                     {"serviceDate": "2026-05-0%d", "description": "Visit", "unitPrice": 100}]}"""
                    .formatted(customer, item, i + 1, i % 9 + 1)).at("/id");
            assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
            invoices.add(invoice);
        }
        qbo.connect(company, realm);
        awaitCatalogueReadAfter(company, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        String randomFaults = """
                {"errorRate": 0.05, "errorStatus": 503, "timeoutRate": 0.02, "timeoutMs": 1500, "lostResponseRate": 0.05,
                 "throttleBurst": 4, "companyId": "%s"}""".formatted(realm);
        qbo.faults(randomFaults);
        try {
            JsonNode run = qbo.awaitRun(api, qbo.startRun(api, "\"ALL\""), WITHIN);
            assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("SUCCEEDED");

            qbo.faults("{\"revokeAllTokens\": true, \"companyId\": \"" + realm + "\"}");
            List<String> payments = new ArrayList<>();
            for (int i = 0; i < RECORDS / 2; i++) {
                payments.add(pay(api, invoices.get(i)));
            }
            await().atMost(WITHIN).until(() -> "NEEDS_RECONNECT".equals(api.get("/api/v1/integrations/quickbooks")
                    .at("/status")));
            OffsetDateTime reconnected = OffsetDateTime.now(ZoneOffset.UTC);
            qbo.faults("{}");
            qbo.connect(company, realm);
            awaitCatalogueReadAfter(company, reconnected);
            qbo.faults(randomFaults);
            for (int i = RECORDS / 2; i < RECORDS; i++) {
                payments.add(pay(api, invoices.get(i)));
            }
            for (String payment : payments) {
                SyncStatus status = qbo.settled(company, RecordType.PAYMENT, payment, WITHIN);
                assertThat(status.synced()).as(String.valueOf(status)).isTrue();
            }
        } finally {
            qbo.faults("{}");
        }

        List<JsonNode> remoteCustomers = qbo.entities(realm, "Customer");
        assertThat(remoteCustomers).hasSize(RECORDS);
        List<JsonNode> remoteInvoices = qbo.entities(realm, "Invoice");
        assertThat(remoteInvoices).hasSize(RECORDS);
        assertThat(qbo.entities(realm, "Payment")).hasSize(RECORDS);
        assertThat(qbo.entities(realm, "Item").stream().filter(i -> i.path("Name").asString().equals("Filter " + sfx)))
                .hasSize(1);
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < RECORDS; i++) {
            SyncStatus customer = qbo.settled(company, RecordType.CUSTOMER, customers.get(i), WITHIN);
            assertThat(qbo.entity(realm, "Customer", customer.remoteId()).path("DisplayName").asString())
                    .isEqualTo("Faulty " + sfx + " " + i);
            SyncStatus invoice = qbo.settled(company, RecordType.INVOICE, invoices.get(i), WITHIN);
            JsonNode cove = api.get("/api/v1/invoices/" + invoices.get(i)).json();
            JsonNode remote = qbo.entity(realm, "Invoice", invoice.remoteId());
            assertThat(remote.path("DocNumber").asString()).isEqualTo(cove.path("number").asString());
            assertThat(remote.path("TotalAmt").decimalValue()).isEqualByComparingTo(cove.path("total").decimalValue());
            assertThat(remote.path("Balance").decimalValue()).isEqualByComparingTo("0");
            assertThat(remote.at("/CustomerRef/value").asString()).isEqualTo(customer.remoteId());
            numbers.add(remote.path("DocNumber").asString());
        }
        assertThat(numbers).hasSize(RECORDS);

        JsonNode stats = qbo.stats().path("companies").path(realm);
        long injected = stats.path("faults").asLong() + stats.path("throttled").asLong();
        // A failed write belongs in the sync log; a failed read (the preview, the catch-up) is read again.
        long failedWrites = stats.path("writeFaults").asLong() + stats.path("writesThrottled").asLong();
        List<JsonNode> log = new ArrayList<>();
        api.get("/api/v1/integrations/quickbooks/sync/log").json().forEach(log::add);
        long transients = log.stream().filter(e -> "TRANSIENT".equals(e.path("outcome").asString())).count();
        assertThat(injected).isPositive();
        assertThat(stats.path("batches").asLong()).as("new records went in batches: " + stats).isPositive();
        assertThat(transients).as(stats.toString()).isGreaterThanOrEqualTo(failedWrites);
        assertThat(log).anySatisfy(e -> assertThat(e.path("outcome").asString()).isEqualTo("WAITING"));
    }

    @Test
    void anInvoiceWhoseCustomerCannotReachQuickBooksYetWaitsWithoutTryingAndGoesOnceTheCustomerIsThere() {
        QuickBooksSyncDriver qbo = new QuickBooksSyncDriver(companies.baseUrl(), requests);
        String realm = qbo.openRealm("US");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO Parked " + sfx);
        Api api = company.api();
        qbo.connect(company, realm);
        awaitCatalogueReadAfter(company, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        qbo.faults("{\"errorRate\": 1.0, \"errorStatus\": 503, \"companyId\": \"" + realm + "\"}");
        String customer;
        String invoice;
        try {
            customer = api.post("/api/v1/customers", """
                    {"displayName": "Parked %s", "email": "parked-%s@example.com"}""".formatted(sfx, sfx)).at("/id");
            invoice = api.post("/api/v1/invoices", """
                    {"customerId": "%s", "lines": [{"serviceDate": "2026-05-04", "description": "Visit", "unitPrice": 90}]}"""
                    .formatted(customer)).at("/id");
            assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
            UUID invoiceId = UUID.fromString(invoice);
            await().atMost(WITHIN).until(() -> requests.status(company.id(), dev.cove.integrations.Provider.QUICKBOOKS,
                    RecordType.INVOICE, invoiceId).map(s -> s.state().equals("WAITING")).orElse(false));
            await().atMost(WITHIN).until(() -> qbo.stats().path("companies").path(realm).path("faults").asLong() >= 3);
        } finally {
            qbo.faults("{}");
        }
        assertThat(qbo.settled(company, RecordType.INVOICE, invoice, WITHIN).synced()).isTrue();
        // The invoice waited once and sent nothing while its customer failed, then went through.
        assertThat(outcomes(api, "Invoice", invoice)).containsExactly("WAITING", "PUSHED");
        assertThat(outcomes(api, "Customer", customer)).contains("TRANSIENT").endsWith("PUSHED");
        assertThat(qbo.entities(realm, "Invoice")).singleElement().satisfies(remote -> assertThat(
                remote.at("/CustomerRef/value").asString()).isEqualTo(qbo.entities(realm, "Customer").get(0)
                        .path("Id").asString()));
    }

    private static List<String> outcomes(Api api, String type, String localId) {
        List<String> outcomes = new ArrayList<>();
        api.get("/api/v1/integrations/quickbooks/sync/records/" + type + "/" + localId).json().path("timeline")
                .forEach(entry -> outcomes.add(entry.path("outcome").asString()));
        return outcomes;
    }

    private String pay(Api api, String invoice) {
        String total = api.get("/api/v1/invoices/" + invoice).at("/total");
        String method = api.get("/api/v1/settings/payment-methods").json().get(0).path("id").asString();
        Api.Response paid = api.post("/api/v1/invoices/" + invoice + "/payments",
                "{\"amount\": " + total + ", \"methodId\": \"" + method + "\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        return paid.at("/id");
    }

    private void awaitCatalogueReadAfter(TestCompany company, OffsetDateTime after) {
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT COUNT(*) FROM quickbooks_realms WHERE company_id = ? "
                + "AND read_at > ?").params(company.id().value(), after).query(Long.class).single() > 0);
    }
}
