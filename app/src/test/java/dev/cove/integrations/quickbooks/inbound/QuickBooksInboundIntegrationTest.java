package dev.cove.integrations.quickbooks.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.customers.Address;
import dev.cove.customers.Customer;
import dev.cove.customers.CustomerDetails;
import dev.cove.customers.Customers;
import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Provider;
import dev.cove.integrations.TokenVault;
import dev.cove.integrations.quickbooks.QboCustomer;
import dev.cove.integrations.quickbooks.QboEmail;
import dev.cove.integrations.quickbooks.QboItem;
import dev.cove.integrations.quickbooks.QuickBooksClient;
import dev.cove.integrations.quickbooks.QuickBooksEntity;
import dev.cove.integrations.quickbooks.QuickBooksQuery;
import dev.cove.integrations.quickbooks.WebhookSignature;
import dev.cove.integrations.sync.InboundLinks;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.integrations.sync.SyncStatus;
import dev.cove.items.ItemDetails;
import dev.cove.items.ItemKind;
import dev.cove.items.Items;
import dev.cove.shared.CompanyId;
import tools.jackson.databind.JsonNode;

/** Preview, webhooks and CDC catch-up against the QuickBooks sandbox, over real HTTP. */
@IntegrationTest
class QuickBooksInboundIntegrationTest {

    private static final java.time.Duration WITHIN = java.time.Duration.ofSeconds(30);

    @Autowired TestCompanies companies;
    @Autowired Customers customers;
    @Autowired Items items;
    @Autowired TokenVault vault;
    @Autowired QuickBooksClient client;
    @Autowired InboundLinks links;
    @Autowired InboundTasks tasks;
    @Autowired JdbcClient jdbc;
    @Autowired SyncRequests requests;

    @Test
    void previewMatchesByNameEmailAndNormalisedNameAndAcceptingLinksWithoutCreatingDuplicates() {
        InboundDriver sandbox = new InboundDriver(companies.baseUrl());
        String realm = sandbox.openRealmWithData();
        TestCompany helper = connectedAndAccepted(sandbox, realm, "Preview Helper Co");
        AccessToken token = vault.accessToken(helper.id(), Provider.QUICKBOOKS);
        QboCustomer harbor = client.create(token, QuickBooksEntity.CUSTOMER, customer("Harbor View Apartments",
                "office@harborview.example"), "harbor-" + UUID.randomUUID());
        QboCustomer dolphin = client.create(token, QuickBooksEntity.CUSTOMER, customer("Dolphin Pools", null),
                "dolphin-" + UUID.randomUUID());
        client.sparseUpdate(token, QuickBooksEntity.CUSTOMER, dolphin.id(), dolphin.syncToken(), new QboCustomer(null,
                null, null, null, null, null, null, null, null, null, false, null, null), "dolphin-off-" + UUID.randomUUID());

        TestCompany company = companies.open("Preview Co");
        Customer maria = customers.create(company.id(), details("Maria Lopez", null));
        Customer byEmail = customers.create(company.id(), details("HV Apartments", "office@harborview.example"));
        Customer oakwood = customers.create(company.id(), details("OAKWOOD H.O.A.", null));
        Customer fresh = customers.create(company.id(), details("Coral Reef Condos", null));
        Customer inactiveNamesake = customers.create(company.id(), details("Dolphin Pools", null));
        UUID weekly = items.create(company.id(), item("Weekly Pool Service")).id();
        UUID salt = items.create(company.id(), item("Salt Cell Cleaning")).id();
        sandbox.connect(company.api(), realm);

        JsonNode preview = awaitPreview(company, "REVIEW");
        JsonNode marias = record(preview, maria.id());
        assertThat(marias.path("decision").asString()).isEqualTo("LINK");
        assertThat(marias.path("remoteName").asString()).isEqualTo("Maria Lopez");
        assertThat(record(preview, byEmail.id()).path("remoteId").asString()).isEqualTo(harbor.id());
        assertThat(record(preview, byEmail.id()).path("decision").asString()).isEqualTo("LINK");
        assertThat(record(preview, oakwood.id()).path("remoteName").asString()).isEqualTo("Oakwood HOA");
        assertThat(record(preview, fresh.id()).path("decision").asString()).isEqualTo("CREATE");
        assertThat(record(preview, inactiveNamesake.id()).path("decision").asString()).isEqualTo("CONFLICT");
        assertThat(record(preview, inactiveNamesake.id()).path("reason").asString()).contains("inactive", "6240");
        assertThat(record(preview, weekly).path("decision").asString()).isEqualTo("LINK");
        assertThat(record(preview, salt).path("decision").asString()).isEqualTo("CREATE");
        assertThat(preview.path("quickBooksRecords").size()).isEqualTo(5 + 3);

        // Changes made while the preview waits for a person wait too: pushing now could duplicate Maria.
        customers.update(company.id(), maria.id(), details("Maria Lopez", "maria@lopez.example"));
        Customer late = customers.create(company.id(), details("Late Lagoon Pools", null));
        await().atMost(WITHIN).until(() -> requests.status(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER,
                maria.id()).map(s -> s.state().equals("WAITING")).orElse(false));
        assertThat(requests.status(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER, late.id()).orElseThrow().state())
                .isIn("PENDING", "WAITING");
        assertThat(sandbox.count(realm, "Customer", "DisplayName", "Maria Lopez")).isEqualTo(1);
        assertThat(sandbox.count(realm, "Customer", "DisplayName", "Late Lagoon Pools")).isZero();

        var undecided = company.api().post("/api/v1/integrations/quickbooks/preview/accept", "{\"choices\":[]}");
        assertThat(undecided.status()).isEqualTo(422);
        assertThat(undecided.body()).contains("Dolphin Pools");
        assertThat(company.api().get("/api/v1/integrations/quickbooks/preview").at("/state")).isEqualTo("REVIEW");

        var accepted = company.api().post("/api/v1/integrations/quickbooks/preview/accept", "{\"choices\":[{\"type\":"
                + "\"Customer\",\"coveId\":\"" + inactiveNamesake.id() + "\",\"action\":\"SKIP\"}]}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.at("/state")).isEqualTo("ACCEPTED");
        String mariaId = marias.path("remoteId").asString();
        assertThat(links.byLocalId(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER, maria.id())).get()
                .satisfies(l -> {
                    assertThat(l.remoteId()).isEqualTo(mariaId);
                    assertThat(l.remoteVersion()).isNotNull();
                });
        assertThat(links.byLocalId(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER, byEmail.id()).orElseThrow()
                .remoteId()).isEqualTo(harbor.id());
        assertThat(links.byLocalId(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER, fresh.id())
                .map(InboundLinks.Snapshot::remoteId)).isEmpty();
        await().atMost(WITHIN).until(() -> requests.status(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER,
                late.id()).map(SyncStatus::synced).orElse(false));
        await().atMost(WITHIN).until(() -> requests.status(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER,
                maria.id()).map(SyncStatus::synced).orElse(false));
        assertThat(sandbox.count(realm, "Customer", "DisplayName", "Maria Lopez")).isEqualTo(1);
        assertThat(sandbox.count(realm, "Customer", "DisplayName", "Late Lagoon Pools")).isEqualTo(1);
        assertThat(requests.status(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER, inactiveNamesake.id())
                .map(SyncStatus::remoteId)).as("skipped in the preview, never pushed").isEmpty();
        // Linked by normalised name: one record, which the first push gave Cove's spelling.
        assertThat(sandbox.count(realm, "Customer", "DisplayName", "Oakwood HOA")
                + sandbox.count(realm, "Customer", "DisplayName", "OAKWOOD H.O.A.")).isEqualTo(1);
        assertThat(sandbox.count(realm, "Item", "Name", "Weekly Pool Service")).isEqualTo(1);
    }

    @Test
    void aSignedNotificationIsProcessedOnceAndForgedOrGarbledOnesAreRefused() {
        InboundDriver sandbox = new InboundDriver(companies.baseUrl());
        String realm = sandbox.openRealmWithData();
        TestCompany company = companies.open("Webhook Co");
        Customer maria = customers.create(company.id(), details("Maria Lopez", null));
        connectedAndAccepted(sandbox, realm, company);
        String remoteId = links.byLocalId(company.id(), Provider.QUICKBOOKS, RecordType.CUSTOMER, maria.id())
                .orElseThrow().remoteId();
        AccessToken token = vault.accessToken(company.id(), Provider.QUICKBOOKS);
        QboCustomer current = client.read(token, QuickBooksEntity.CUSTOMER, remoteId);
        client.sparseUpdate(token, QuickBooksEntity.CUSTOMER, remoteId, current.syncToken(), new QboCustomer(null, null,
                "Maria Lopez-Garcia", null, null, null, null, null, null, null, null, null, null), "ren-" + UUID.randomUUID());
        String body = "{\"eventNotifications\":[{\"realmId\":\"" + realm + "\",\"dataChangeEvent\":{\"entities\":[{"
                + "\"name\":\"Customer\",\"id\":\"" + remoteId + "\",\"operation\":\"Update\",\"lastUpdated\":\""
                + OffsetDateTime.now(ZoneOffset.UTC) + "\"}]}}]}";
        String signature = WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), InboundDriver.VERIFIER);

        HttpResponse<String> forged = sandbox.deliver(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8),
                "not-the-verifier"), "application/json");
        HttpResponse<String> unsigned = sandbox.deliver(body, null, "application/json");
        String garbledBody = "{\"hello\":";
        HttpResponse<String> garbled = sandbox.deliver(garbledBody, WebhookSignature.sign(
                garbledBody.getBytes(StandardCharsets.UTF_8), InboundDriver.VERIFIER), "application/json");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(customers.get(company.id(), maria.id()).displayName()).isEqualTo("Maria Lopez");

        HttpResponse<String> first = sandbox.deliver(body, signature, "application/json");
        HttpResponse<String> again = sandbox.deliver(body, signature, "application/json");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("accepted");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("duplicate");
        InboundDriver.await("Maria is renamed in Cove",
                () -> customers.get(company.id(), maria.id()).displayName().equals("Maria Lopez-Garcia"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quickbooks_webhook_notifications WHERE body LIKE ?")
                .param("%" + realm + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(customers.list(company.id(), "Maria", true, new dev.cove.shared.PageRequest(0, 50)).total()).isEqualTo(1);
    }

    @Test
    void aStaleNotificationIsNotProcessed() {
        InboundDriver sandbox = new InboundDriver(companies.baseUrl());
        String realm = sandbox.openRealmWithData();
        TestCompany company = connectedAndAccepted(sandbox, realm, "Stale Co");
        String body = "[{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"qbo.customer.updated.v1\","
                + "\"time\":\"" + OffsetDateTime.now(ZoneOffset.UTC).minusDays(30) + "\",\"intuitentityid\":\"1\","
                + "\"intuitaccountid\":\"" + realm + "\",\"data\":{}}]";

        HttpResponse<String> stale = sandbox.deliver(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8),
                InboundDriver.VERIFIER), "application/cloudevents+json");

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo("stale");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quickbooks_webhook_notifications WHERE body LIKE ?")
                .param("%" + realm + "%").query(Long.class).single()).isZero();
        assertThat(company).isNotNull();
    }

    @Test
    void theSandboxsOwnCloudEventsDeliveryBringsANewQuickBooksCustomerIntoCove() {
        InboundDriver sandbox = new InboundDriver(companies.baseUrl());
        String realm = sandbox.openRealmWithData();
        TestCompany company = connectedAndAccepted(sandbox, realm, "CloudEvents Co");
        sandbox.webhookTarget(companies.baseUrl() + "/webhooks/quickbooks", "cloudevents");
        try {
            AccessToken token = vault.accessToken(company.id(), Provider.QUICKBOOKS);
            client.create(token, QuickBooksEntity.CUSTOMER, customer("Lagoon Terrace HOA", "board@lagoon.example"),
                    "lagoon-" + UUID.randomUUID());

            InboundDriver.await("the new customer reaches Cove", () -> customers.list(company.id(), "Lagoon Terrace",
                    true, new dev.cove.shared.PageRequest(0, 10)).total() == 1);
        } finally {
            sandbox.webhookTarget(null, null);
        }
        assertThat(sandbox.count(realm, "Customer", "DisplayName", "Lagoon Terrace HOA")).isEqualTo(1);
    }

    @Test
    void theCatchUpPicksUpAChangeWhoseWebhookNeverCame() {
        InboundDriver sandbox = new InboundDriver(companies.baseUrl());
        String realm = sandbox.openRealmWithData();
        TestCompany company = companies.open("Catch Up Co");
        UUID chlorine = items.create(company.id(), item("Chlorine Tablets")).id();
        connectedAndAccepted(sandbox, realm, company);
        String remoteId = links.byLocalId(company.id(), Provider.QUICKBOOKS, RecordType.ITEM, chlorine).orElseThrow()
                .remoteId();
        AccessToken token = vault.accessToken(company.id(), Provider.QUICKBOOKS);
        QboItem current = client.read(token, QuickBooksEntity.ITEM, remoteId);
        client.sparseUpdate(token, QuickBooksEntity.ITEM, remoteId, current.syncToken(), new QboItem(null, null,
                "Chlorine Tablets 3in", null, null, null, new BigDecimal("52.50"), null, null, null, null, null, null,
                null, null, null), "chl-" + UUID.randomUUID());

        tasks.catchUp(company.id());

        InboundDriver.await("the item is renamed in Cove",
                () -> items.get(company.id(), chlorine).name().equals("Chlorine Tablets 3in"));
        assertThat(items.get(company.id(), chlorine).unitPrice()).isEqualByComparingTo("52.50");
        assertThat(client.queryAll(token, QuickBooksEntity.ITEM, QuickBooksQuery.activeOrNot(), 100)).hasSize(3);
    }

    private TestCompany connectedAndAccepted(InboundDriver sandbox, String realm, String name) {
        TestCompany company = companies.open(name);
        connectedAndAccepted(sandbox, realm, company);
        return company;
    }

    private void connectedAndAccepted(InboundDriver sandbox, String realm, TestCompany company) {
        sandbox.connect(company.api(), realm);
        awaitPreview(company, "REVIEW");
        var accepted = company.api().post("/api/v1/integrations/quickbooks/preview/accept", "{\"choices\":[]}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        // Accepting starts the first outbound sync; QuickBooks edits made while it runs would race with it.
        InboundDriver.await("the initial sync has finished", () -> {
            String run = company.api().get("/api/v1/integrations/quickbooks/preview").at("/syncRunId");
            return run != null && !run.isBlank() && !"null".equals(run)
                    && !"RUNNING".equals(company.api().get("/api/v1/sync-runs/" + run).at("/state"));
        });
    }

    private JsonNode awaitPreview(TestCompany company, String state) {
        InboundDriver.await("the preview is " + state, () -> state.equals(company.api()
                .get("/api/v1/integrations/quickbooks/preview").at("/state")));
        return company.api().get("/api/v1/integrations/quickbooks/preview").json();
    }

    private static JsonNode record(JsonNode preview, UUID coveId) {
        for (JsonNode r : preview.path("records")) {
            if (r.path("coveId").asString().equals(coveId.toString())) {
                return r;
            }
        }
        throw new AssertionError("No preview record for " + coveId + " in " + preview);
    }

    private static QboCustomer customer(String name, String email) {
        return new QboCustomer(null, null, name, null, null, null, email == null ? null : new QboEmail(email), null, null,
                null, null, null, null);
    }

    private static CustomerDetails details(String name, String email) {
        return new CustomerDetails(name, null, email, null, Address.EMPTY, "en", null);
    }

    private static ItemDetails item(String name) {
        return new ItemDetails(name, null, null, ItemKind.SERVICE, new BigDecimal("10.00"), null, false);
    }

    @SuppressWarnings("unused")
    private static CompanyId id(TestCompany c) {
        return c.id();
    }
}
