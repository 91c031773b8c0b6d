package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Provider;
import dev.cove.integrations.sync.Outbound;
import dev.cove.integrations.sync.Prepared;
import dev.cove.integrations.sync.PushRequest;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.RemoteLink;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.integrations.sync.SyncStatus;
import dev.cove.shared.CompanyId;
import tools.jackson.databind.JsonNode;

/** Cove's records pushed to the QuickBooks sandbox over real HTTP, compared field by field. */
@IntegrationTest
class QuickBooksSyncIntegrationTest {

    static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    TestCompanies companies;

    @Autowired
    SyncRequests requests;

    @Autowired
    dev.cove.integrations.TokenVault vault;

    @Autowired
    QuickBooksClient client;

    @Autowired
    QuickBooksAdapter adapter;

    QuickBooksSyncDriver driver() {
        return new QuickBooksSyncDriver(companies.baseUrl(), requests);
    }

    @Test
    void connectSyncSendPayRefundAndVoidLeaveQuickBooksMatchingCove() {
        QuickBooksSyncDriver qbo = driver();
        String realm = qbo.openRealm("US");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO E2E " + sfx);
        Api api = company.api();
        String category = api.post("/api/v1/item-categories", "{\"name\": \"Chemicals\"}").at("/id");
        String item = api.post("/api/v1/items", """
                {"name": "Chlorine %s", "kind": "NON_INVENTORY", "unitPrice": 45, "categoryId": "%s", "taxable": true}"""
                .formatted(sfx, category)).at("/id");
        String customer = api.post("/api/v1/customers", """
                {"displayName": "Lopez %s", "companyName": "Lopez Pools", "email": "lopez-%s@example.com",
                 "phone": "(813) 555-0100", "billingAddress": {"line1": "12 Palm Way", "city": "Tampa", "region": "FL",
                 "postalCode": "33601"}}""".formatted(sfx, sfx)).at("/id");
        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"serviceDate": "2026-05-04", "description": "Weekly pool service",
                 "unitPrice": 150}, {"itemId": "%s", "quantity": 2}]}""".formatted(customer, item)).at("/id");
        assertThat(invoice).isNotNull();

        qbo.connect(company, realm);
        await().atMost(WITHIN).until(() -> api.get("/api/v1/integrations/quickbooks/settings").json()
                .path("options").path("incomeAccounts").size() > 0);
        JsonNode settings = api.get("/api/v1/integrations/quickbooks/settings").json();
        String productIncome = find(settings.path("options").path("incomeAccounts"), "Sales of Product Income");
        String checking = find(settings.path("options").path("cashAccounts"), "Business Checking");
        assertThat(settings.at("/settings/depositAccountId").asString()).isEqualTo(checking);
        Api.Response saved = api.send("PUT", "/api/v1/integrations/quickbooks/settings", """
                {"categoryAccounts": {"%s": "%s"}}""".formatted(category, productIncome));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        JsonNode run = qbo.awaitRun(api, qbo.startRun(api, "\"ALL\""), WITHIN);
        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        SyncStatus customerLink = qbo.settled(company, RecordType.CUSTOMER, customer, WITHIN);
        JsonNode remoteCustomer = qbo.entity(realm, "Customer", customerLink.remoteId());
        assertThat(remoteCustomer.path("DisplayName").asString()).isEqualTo("Lopez " + sfx);
        assertThat(remoteCustomer.path("CompanyName").asString()).isEqualTo("Lopez Pools");
        assertThat(remoteCustomer.at("/PrimaryEmailAddr/Address").asString()).isEqualTo("lopez-" + sfx + "@example.com");
        assertThat(remoteCustomer.at("/PrimaryPhone/FreeFormNumber").asString()).isEqualTo("(813) 555-0100");
        assertThat(remoteCustomer.at("/BillAddr/Line1").asString()).isEqualTo("12 Palm Way");
        assertThat(remoteCustomer.at("/BillAddr/City").asString()).isEqualTo("Tampa");
        assertThat(remoteCustomer.at("/BillAddr/CountrySubDivisionCode").asString()).isEqualTo("FL");
        assertThat(remoteCustomer.at("/BillAddr/PostalCode").asString()).isEqualTo("33601");
        SyncStatus itemLink = qbo.settled(company, RecordType.ITEM, item, WITHIN);
        JsonNode remoteItem = qbo.entity(realm, "Item", itemLink.remoteId());
        assertThat(remoteItem.path("Name").asString()).isEqualTo("Chlorine " + sfx);
        assertThat(remoteItem.path("Type").asString()).isEqualTo("NonInventory");
        assertThat(remoteItem.path("UnitPrice").decimalValue()).isEqualByComparingTo("45");
        assertThat(remoteItem.at("/IncomeAccountRef/value").asString()).isEqualTo(productIncome);
        assertThat(requests.status(company.id(), dev.cove.integrations.Provider.QUICKBOOKS, RecordType.INVOICE,
                UUID.fromString(invoice))).isEmpty();

        assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
        SyncStatus invoiceLink = qbo.settled(company, RecordType.INVOICE, invoice, WITHIN);
        assertThat(invoiceLink.synced()).as(String.valueOf(invoiceLink)).isTrue();
        JsonNode cove = api.get("/api/v1/invoices/" + invoice).json();
        JsonNode remote = qbo.entity(realm, "Invoice", invoiceLink.remoteId());
        assertThat(remote.path("DocNumber").asString()).isEqualTo(cove.path("number").asString());
        assertThat(remote.at("/CustomerRef/value").asString()).isEqualTo(customerLink.remoteId());
        assertThat(remote.path("TxnDate").asString()).isEqualTo(cove.path("issueDate").asString());
        assertThat(remote.path("DueDate").asString()).isEqualTo(cove.path("dueDate").asString());
        assertThat(remote.path("TotalAmt").decimalValue()).isEqualByComparingTo(cove.path("total").decimalValue());
        assertThat(remote.path("Balance").decimalValue()).isEqualByComparingTo(cove.path("total").decimalValue());
        dev.cove.StaffSession staff = dev.cove.StaffSession.signIn(companies, company);
        assertThat(staff.get("/invoices/" + invoice).text()).contains("id=\"badge-quickbooks-status\"",
                "QuickBooks #" + cove.path("number").asString());
        assertThat(staff.get("/settings/integrations/quickbooks/panel").text())
                .contains("Sync all invoices", "Every sent and paid invoice is in QuickBooks");
        List<JsonNode> lines = salesLines(remote);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("Description").asString()).isEqualTo("Weekly pool service");
        assertThat(lines.get(0).at("/SalesItemLineDetail/ServiceDate").asString()).isEqualTo("2026-05-04");
        assertThat(lines.get(0).path("Amount").decimalValue()).isEqualByComparingTo("150");
        assertThat(lines.get(1).at("/SalesItemLineDetail/ItemRef/value").asString()).isEqualTo(itemLink.remoteId());
        assertThat(lines.get(1).at("/SalesItemLineDetail/Qty").decimalValue()).isEqualByComparingTo("2");
        assertThat(lines.get(1).path("Amount").decimalValue()).isEqualByComparingTo("90");

        String check = api.get("/api/v1/settings/payment-methods").json().findValues("id").stream()
                .filter(id -> true).findFirst().orElseThrow().asString();
        String methodName = api.get("/api/v1/settings/payment-methods").json().get(0).path("name").asString();
        BigDecimal total = cove.path("total").decimalValue();
        String payment = api.post("/api/v1/invoices/" + invoice + "/payments", """
                {"amount": %s, "methodId": "%s", "reference": "CHK-1001"}""".formatted(total, check)).at("/id");
        SyncStatus paymentLink = qbo.settled(company, RecordType.PAYMENT, payment, WITHIN);
        assertThat(paymentLink.synced()).as(String.valueOf(paymentLink)).isTrue();
        JsonNode remotePayment = qbo.entity(realm, "Payment", paymentLink.remoteId());
        assertThat(remotePayment.path("TotalAmt").decimalValue()).isEqualByComparingTo(total);
        assertThat(remotePayment.at("/CustomerRef/value").asString()).isEqualTo(customerLink.remoteId());
        assertThat(remotePayment.at("/DepositToAccountRef/value").asString()).isEqualTo(checking);
        assertThat(remotePayment.path("PaymentRefNum").asString()).isEqualTo("CHK-1001");
        assertThat(remotePayment.at("/Line/0/LinkedTxn/0/TxnId").asString()).isEqualTo(invoiceLink.remoteId());
        assertThat(remotePayment.at("/PaymentMethodRef/value").asString()).isEqualTo(
                qbo.entities(realm, "PaymentMethod").stream().filter(m -> m.path("Name").asString()
                        .equalsIgnoreCase(methodName)).map(m -> m.path("Id").asString()).findFirst().orElse(""));
        assertThat(qbo.entity(realm, "Invoice", invoiceLink.remoteId()).path("Balance").decimalValue())
                .isEqualByComparingTo("0");

        String refund = api.post("/api/v1/invoices/" + invoice + "/refunds", """
                {"amount": %s, "reason": "Pool closed"}""".formatted(total)).at("/id");
        SyncStatus refundLink = qbo.settled(company, RecordType.REFUND, refund, WITHIN);
        assertThat(refundLink.synced()).as(String.valueOf(refundLink)).isTrue();
        JsonNode remoteRefund = qbo.entity(realm, "RefundReceipt", refundLink.remoteId());
        assertThat(remoteRefund.path("TotalAmt").decimalValue()).isEqualByComparingTo(total);
        assertThat(remoteRefund.at("/DepositToAccountRef/value").asString()).isEqualTo(checking);
        assertThat(remoteRefund.at("/CustomerRef/value").asString()).isEqualTo(customerLink.remoteId());

        assertThat(api.post("/api/v1/invoices/" + invoice + "/void", null).status()).isLessThan(300);
        await().atMost(WITHIN).until(() -> qbo.entity(realm, "Invoice", invoiceLink.remoteId())
                .path("TotalAmt").decimalValue().signum() == 0);
        assertThat(qbo.settled(company, RecordType.INVOICE, invoice, WITHIN).synced()).isTrue();
        assertThat(qbo.entities(realm, "Customer").stream()
                .filter(c -> c.path("DisplayName").asString().startsWith("Lopez " + sfx))).hasSize(1);
        assertThat(qbo.entities(realm, "Invoice").stream()
                .filter(c -> c.at("/CustomerRef/value").asString().equals(customerLink.remoteId()))).hasSize(1);
    }

    @Test
    void manyNewRecordsGoTogetherInBatchesAndEachReachesQuickBooksOnce() {
        QuickBooksSyncDriver qbo = driver();
        String realm = qbo.openRealm("US");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO Batches " + sfx);
        Api api = company.api();
        int count = 45;
        List<String> customers = new java.util.ArrayList<>();
        List<String> invoices = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String customer = api.post("/api/v1/customers", """
                    {"displayName": "Batched %s %d", "email": "b%d@example.com"}""".formatted(sfx, i, i)).at("/id");
            String invoice = api.post("/api/v1/invoices", """
                    {"customerId": "%s", "lines": [{"serviceDate": "2026-05-04", "description": "Visit", "unitPrice": %d}]}"""
                    .formatted(customer, 100 + i)).at("/id");
            assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
            customers.add(customer);
            invoices.add(invoice);
        }

        qbo.connect(company, realm);
        JsonNode run = qbo.awaitRun(api, qbo.startRun(api, "\"ALL\""), WITHIN);

        assertThat(run.path("state").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(qbo.entities(realm, "Customer")).hasSize(count);
        assertThat(qbo.entities(realm, "Invoice")).hasSize(count);
        for (int i = 0; i < count; i++) {
            SyncStatus customer = qbo.settled(company, RecordType.CUSTOMER, customers.get(i), WITHIN);
            assertThat(qbo.entity(realm, "Customer", customer.remoteId()).path("DisplayName").asString())
                    .isEqualTo("Batched " + sfx + " " + i);
            SyncStatus invoice = qbo.settled(company, RecordType.INVOICE, invoices.get(i), WITHIN);
            JsonNode remote = qbo.entity(realm, "Invoice", invoice.remoteId());
            assertThat(remote.at("/CustomerRef/value").asString()).isEqualTo(customer.remoteId());
            assertThat(remote.path("TotalAmt").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(100 + i));
        }
        JsonNode stats = qbo.stats().path("companies").path(realm);
        assertThat(stats.path("batches").asLong()).as(stats.toString()).isPositive();
        assertThat(stats.path("requests").asLong()).as(stats.toString()).isLessThan(2L * count);
        assertThat(stats.path("throttled").asLong()).as(stats.toString()).isZero();
    }

    @Test
    void recordsRenderedAndPreparedTogetherComeOutExactlyAsEachAlone() {
        QuickBooksSyncDriver qbo = driver();
        String realm = qbo.openRealm("US");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO Together " + sfx);
        Api api = company.api();
        String category = api.post("/api/v1/item-categories", "{\"name\": \"Chemicals\"}").at("/id");
        List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            items.add(api.post("/api/v1/items", """
                    {"name": "Shock %s %d", "kind": "NON_INVENTORY", "unitPrice": %d, "categoryId": "%s", "taxable": true}"""
                    .formatted(sfx, i, 20 + i, category)).at("/id"));
        }
        List<UUID> customers = new java.util.ArrayList<>();
        List<UUID> invoices = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String customer = api.post("/api/v1/customers", """
                    {"displayName": "Together %s %d", "email": "t%d@example.com", "billingAddress": {"line1": "%d Palm Way",
                     "city": "Tampa", "region": "FL"}}""".formatted(sfx, i, i, i)).at("/id");
            String invoice = api.post("/api/v1/invoices", """
                    {"customerId": "%s", "lines": [{"serviceDate": "2026-05-04", "description": "Weekly service",
                     "unitPrice": %d}, {"itemId": "%s", "quantity": %d}]}""".formatted(customer, 100 + i, items.get(i % 2),
                    i + 1)).at("/id");
            assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
            customers.add(UUID.fromString(customer));
            invoices.add(UUID.fromString(invoice));
        }
        UUID draft = UUID.fromString(api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"serviceDate": "2026-05-04", "description": "Draft", "unitPrice": 1}]}"""
                .formatted(customers.get(0))).at("/id"));
        qbo.connect(company, realm);
        invoices.forEach(invoice -> qbo.settled(company, RecordType.INVOICE, invoice.toString(), WITHIN));

        CompanyId id = company.id();
        List<UUID> asked = new java.util.ArrayList<>(invoices);
        asked.addAll(List.of(draft, UUID.randomUUID()));
        Map<UUID, Outbound> together = adapter.render(id, RecordType.INVOICE, asked);
        assertThat(together).containsOnlyKeys(invoices);
        invoices.forEach(invoice -> assertThat(together.get(invoice).body())
                .isEqualTo(adapter.render(id, RecordType.INVOICE, invoice).orElseThrow().body()));
        Map<UUID, Outbound> customersTogether = adapter.render(id, RecordType.CUSTOMER, customers);
        customers.forEach(customer -> assertThat(customersTogether.get(customer).body())
                .isEqualTo(adapter.render(id, RecordType.CUSTOMER, customer).orElseThrow().body()));

        AccessToken token = vault.accessToken(id, Provider.QUICKBOOKS);
        PushRequest.RemoteIds remoteIds = (type, localId) -> requests.status(id, Provider.QUICKBOOKS, type, localId)
                .map(SyncStatus::remoteId).orElse(null);
        RemoteLink notThere = new RemoteLink(null, null, null);
        List<PushRequest> writes = invoices.stream().map(invoice -> new PushRequest(id, RecordType.INVOICE, invoice,
                notThere, together.get(invoice).body(), null, token, remoteIds, together.get(invoice).form())).toList();
        List<Prepared> prepared = adapter.batchOperations(writes);
        for (int i = 0; i < invoices.size(); i++) {
            PushRequest w = writes.get(i);
            String alone = adapter.batchOperation(new PushRequest(id, RecordType.INVOICE, w.localId(), notThere, w.body(),
                    null, token, remoteIds)).orElseThrow();
            assertThat(prepared.get(i)).isEqualTo(new Prepared.Operation(alone));
            String customerId = qbo.settled(company, RecordType.CUSTOMER, customers.get(i).toString(), WITHIN).remoteId();
            assertThat(alone).contains("\"CustomerRef\":{\"value\":\"" + customerId + "\"");
        }
    }

    @Test
    void aNameTakenInQuickBooksIsAClearConflictAndStartDateAndUntickedMethodsKeepRecordsOut() {
        QuickBooksSyncDriver qbo = driver();
        String realm = qbo.openRealm("US");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO Rules " + sfx);
        Api api = company.api();
        String fresh = api.post("/api/v1/customers", "{\"displayName\": \"Fresh %s\", \"email\": \"fresh@example.com\"}"
                .formatted(sfx)).at("/id");
        qbo.connect(company, realm);
        await().atMost(WITHIN).until(() -> api.get("/api/v1/integrations/quickbooks/settings").json()
                .path("options").path("cashAccounts").size() > 0);
        // Customers only go to QuickBooks here, so the name taken there is not brought into Cove.
        Api.Response pushOnly = api.send("PUT", "/api/v1/integrations/quickbooks/settings",
                "{\"directions\": {\"Customer\": \"PUSH\"}}");
        assertThat(pushOnly.status()).as(pushOnly.body()).isEqualTo(200);
        // The name is used in QuickBooks already, by a customer created there outside Cove.
        var token = vault.accessToken(company.id(), dev.cove.integrations.Provider.QUICKBOOKS);
        client.create(token, QuickBooksEntity.CUSTOMER, new QboCustomer(null, null, "Vendor Clash " + sfx, null, null, null,
                null, null, null, null, null, null, null), UUID.randomUUID().toString());
        String taken = api.post("/api/v1/customers", "{\"displayName\": \"Vendor Clash %s\"}".formatted(sfx)).at("/id");
        String methods = api.get("/api/v1/settings/payment-methods").body();
        JsonNode all = api.get("/api/v1/settings/payment-methods").json();
        String ticked = all.get(0).path("id").asString();
        String unticked = all.get(1).path("id").asString();
        Api.Response saved = api.send("PUT", "/api/v1/integrations/quickbooks/settings", """
                {"syncStartDate": "%s", "paymentMethods": {"%s": false}}""".formatted(java.time.LocalDate.now(), unticked));
        assertThat(saved.status()).as(saved.body() + methods).isEqualTo(200);
        Api.Response badAccount = api.send("PUT", "/api/v1/integrations/quickbooks/settings",
                "{\"depositAccountId\": \"" + find(api.get("/api/v1/integrations/quickbooks/settings").json()
                        .path("options").path("incomeAccounts"), "Services") + "\"}");
        assertThat(badAccount.status()).isEqualTo(422);
        assertThat(badAccount.body()).contains("depositAccountId", "Bank or Other Current Asset");

        JsonNode run = qbo.awaitRun(api, qbo.startRun(api, "[\"Customer\"]"), WITHIN);
        assertThat(run.path("state").asString()).isEqualTo("FAILED");
        SyncStatus clash = qbo.settled(company, RecordType.CUSTOMER, taken, WITHIN);
        assertThat(clash.failed()).isTrue();
        assertThat(clash.errorCode()).isEqualTo("6240");
        assertThat(clash.errorMessage()).startsWith("Name conflict in QuickBooks").contains("QuickBooks said:");
        assertThat(qbo.entities(realm, "Customer").stream().map(c -> c.path("DisplayName").asString())
                .filter(n -> n.startsWith("Vendor Clash " + sfx))).containsExactly("Vendor Clash " + sfx);
        assertThat(qbo.settled(company, RecordType.CUSTOMER, fresh, WITHIN).synced()).isTrue();

        Api.Response withEmail = api.patch("/api/v1/customers/" + taken, "{\"email\": \"clash@example.com\"}");
        assertThat(withEmail.status()).as(withEmail.body()).isEqualTo(200);
        assertThat(qbo.settled(company, RecordType.CUSTOMER, taken, WITHIN).failed()).isTrue();
        String blocked = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Opening", "unitPrice": 90}]}""".formatted(taken)).at("/id");
        assertThat(api.post("/api/v1/invoices/" + blocked + "/send", null).status()).isLessThan(300);
        SyncStatus blockedLink = qbo.settled(company, RecordType.INVOICE, blocked, WITHIN);
        assertThat(blockedLink.failed()).isTrue();
        assertThat(blockedLink.errorMessage()).contains("could not be synced to QuickBooks", "Name conflict");
        dev.cove.StaffSession staff = dev.cove.StaffSession.signIn(companies, company);
        assertThat(staff.get("/settings/integrations/quickbooks/panel").text()).contains("Name conflict", "6240");
        assertThat(staff.get("/invoices/" + blocked).text()).contains("id=\"badge-quickbooks-status\"",
                "QuickBooks sync failed", "Name conflict");
        Api.Response renamed = api.patch("/api/v1/customers/" + taken, "{\"displayName\": \"Vendor Clash %s Pools\"}"
                .formatted(sfx));
        assertThat(renamed.status()).isEqualTo(200);
        await().atMost(WITHIN).until(() -> requests.status(company.id(), dev.cove.integrations.Provider.QUICKBOOKS,
                RecordType.CUSTOMER, UUID.fromString(taken)).map(SyncStatus::synced).orElse(false));
        assertThat(staff.post("/settings/integrations/quickbooks/sync-invoices", java.util.Map.of()).status()).isEqualTo(302);
        await().atMost(WITHIN).until(() -> requests.status(company.id(), dev.cove.integrations.Provider.QUICKBOOKS,
                RecordType.INVOICE, UUID.fromString(blocked)).map(SyncStatus::synced).orElse(false));

        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Green pool rescue", "unitPrice": 300}]}""".formatted(fresh))
                .at("/id");
        assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
        assertThat(qbo.settled(company, RecordType.INVOICE, invoice, WITHIN).synced()).isTrue();
        String out = api.post("/api/v1/invoices/" + invoice + "/payments", """
                {"amount": 100, "methodId": "%s"}""".formatted(unticked)).at("/id");
        String in = api.post("/api/v1/invoices/" + invoice + "/payments", """
                {"amount": 50, "methodId": "%s"}""".formatted(ticked)).at("/id");
        assertThat(qbo.settled(company, RecordType.PAYMENT, in, WITHIN).synced()).isTrue();
        assertThat(qbo.settled(company, RecordType.PAYMENT, out, WITHIN).remoteId()).isNull();
        assertThat(qbo.entities(realm, "Payment")).singleElement()
                .satisfies(p -> assertThat(p.path("TotalAmt").decimalValue()).isEqualByComparingTo("50"));

        Api.Response later = api.send("PUT", "/api/v1/integrations/quickbooks/settings", """
                {"syncStartDate": "%s"}""".formatted(java.time.LocalDate.now().plusDays(1)));
        assertThat(later.status()).isEqualTo(200);
        String tooEarly = api.post("/api/v1/customers", "{\"displayName\": \"Before Start %s\"}".formatted(sfx)).at("/id");
        JsonNode second = qbo.awaitRun(api, qbo.startRun(api, "[\"Customer\"]"), WITHIN);
        assertThat(second.toString()).doesNotContain(tooEarly);
        assertThat(qbo.entities(realm, "Customer").stream().map(c -> c.path("DisplayName").asString()))
                .doesNotContain("Before Start " + sfx);
    }

    @Test
    void aNonUsRealmGetsATaxCodeOnEveryLine() {
        QuickBooksSyncDriver qbo = driver();
        String realm = qbo.openRealm("AU");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO AU " + sfx);
        Api api = company.api();
        String gst = api.post("/api/v1/settings/tax-rates", "{\"name\": \"GST\", \"rate\": 10}").at("/id");
        String customer = api.post("/api/v1/customers", "{\"displayName\": \"Bondi %s\", \"email\": \"bondi@example.com\"}".formatted(sfx)).at("/id");
        String item = api.post("/api/v1/items", """
                {"name": "Salt %s", "kind": "NON_INVENTORY", "unitPrice": 20, "taxable": true}""".formatted(sfx)).at("/id");
        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "taxRateId": "%s", "lines": [{"itemId": "%s", "quantity": 1},
                 {"description": "Pool service", "unitPrice": 100, "taxable": false}]}""".formatted(customer, gst, item))
                .at("/id");
        qbo.connect(company, realm);
        await().atMost(WITHIN).until(() -> api.get("/api/v1/integrations/quickbooks/settings").json()
                .path("options").path("taxCodes").size() > 0);
        JsonNode options = api.get("/api/v1/integrations/quickbooks/settings").json().path("options").path("taxCodes");
        String gstCode = find(options, "GST");
        String freeCode = find(options, "FRE");
        Api.Response saved = api.send("PUT", "/api/v1/integrations/quickbooks/settings", """
                {"taxCodes": {"%s": "%s"}, "exemptTaxCodeId": "%s"}""".formatted(gst, gstCode, freeCode));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
        assertThat(qbo.awaitRun(api, qbo.startRun(api, "\"ALL\""), WITHIN).path("state").asString()).isEqualTo("SUCCEEDED");

        SyncStatus link = qbo.settled(company, RecordType.INVOICE, invoice, WITHIN);
        assertThat(link.synced()).as(String.valueOf(link)).isTrue();
        JsonNode remote = qbo.entity(realm, "Invoice", link.remoteId());
        List<JsonNode> lines = salesLines(remote);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).at("/SalesItemLineDetail/TaxCodeRef/value").asString()).isEqualTo(gstCode);
        assertThat(lines.get(1).at("/SalesItemLineDetail/TaxCodeRef/value").asString()).isEqualTo(freeCode);
        assertThat(remote.path("GlobalTaxCalculation").asString()).isEqualTo("TaxExcluded");
        assertThat(remote.path("TotalAmt").decimalValue())
                .isEqualByComparingTo(api.get("/api/v1/invoices/" + invoice).json().path("total").decimalValue());
    }

    @Test
    void theSettingsPageOffersOnlyCashAccountsAndShowsFieldErrors() {
        QuickBooksSyncDriver qbo = driver();
        String realm = qbo.openRealm("US");
        TestCompany company = companies.open("QBO Settings Page " + UUID.randomUUID().toString().substring(0, 8));
        qbo.connect(company, realm);
        await().atMost(WITHIN).until(() -> company.api().get("/api/v1/integrations/quickbooks/settings").json()
                .path("options").path("cashAccounts").size() > 0);
        dev.cove.StaffSession staff = dev.cove.StaffSession.signIn(companies, company);
        JsonNode options = company.api().get("/api/v1/integrations/quickbooks/settings").json().path("options");
        String services = find(options.path("incomeAccounts"), "Services");
        String savings = find(options.path("cashAccounts"), "Business Savings");

        String form = staff.get("/settings/integrations/quickbooks/settings").text();
        String deposit = form.substring(form.indexOf("name=\"depositAccountId\""), form.indexOf("</select>",
                form.indexOf("name=\"depositAccountId\"")));
        org.assertj.core.api.Assertions.assertThat(deposit).contains("Business Checking", "Undeposited Funds")
                .doesNotContain(">Services", "Accounts Receivable");

        dev.cove.StaffSession.Page refused = staff.post("/settings/integrations/quickbooks/settings",
                java.util.Map.of("depositAccountId", services, "syncStartDate", "not a date"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("must be a Bank or Other Current Asset account", "must be a date like");

        dev.cove.StaffSession.Page saved = staff.post("/settings/integrations/quickbooks/settings",
                java.util.Map.of("depositAccountId", savings, "syncStartDate", "2026-01-01"));
        assertThat(saved.status()).isEqualTo(302);
        JsonNode settings = company.api().get("/api/v1/integrations/quickbooks/settings").json().path("settings");
        assertThat(settings.path("depositAccountId").asString()).isEqualTo(savings);
        assertThat(settings.path("syncStartDate").asString()).isEqualTo("2026-01-01");
    }

    @Test
    void aUsRealmGetsTaxAndNonLinesWithTheMappedCodeAndTheSameTotal() {
        QuickBooksSyncDriver qbo = driver();
        String realm = qbo.openRealm("US");
        String sfx = UUID.randomUUID().toString().substring(0, 8);
        TestCompany company = companies.open("QBO US Tax " + sfx);
        Api api = company.api();
        String county = api.post("/api/v1/settings/tax-rates", "{\"name\": \"County\", \"rate\": 7.5}").at("/id");
        String customer = api.post("/api/v1/customers", "{\"displayName\": \"Tampa %s\", \"email\": \"t@example.com\"}"
                .formatted(sfx)).at("/id");
        String item = api.post("/api/v1/items", """
                {"name": "Shock %s", "kind": "NON_INVENTORY", "unitPrice": 40, "taxable": true}""".formatted(sfx)).at("/id");
        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "taxRateId": "%s", "lines": [{"itemId": "%s", "quantity": 2},
                 {"description": "Pool service", "unitPrice": 100, "taxable": false}]}""".formatted(customer, county, item))
                .at("/id");
        qbo.connect(company, realm);
        await().atMost(WITHIN).until(() -> api.get("/api/v1/integrations/quickbooks/settings").json()
                .path("options").path("taxCodes").size() > 0);
        assertThat(api.post("/api/v1/invoices/" + invoice + "/send", null).status()).isLessThan(300);
        assertThat(qbo.awaitRun(api, qbo.startRun(api, "\"ALL\""), WITHIN).path("state").asString()).isEqualTo("SUCCEEDED");

        SyncStatus link = qbo.settled(company, RecordType.INVOICE, invoice, WITHIN);
        assertThat(link.synced()).as(String.valueOf(link)).isTrue();
        JsonNode remote = qbo.entity(realm, "Invoice", link.remoteId());
        List<JsonNode> lines = salesLines(remote);
        assertThat(lines.get(0).at("/SalesItemLineDetail/TaxCodeRef/value").asString()).isEqualTo("TAX");
        assertThat(lines.get(1).at("/SalesItemLineDetail/TaxCodeRef/value").asString()).isEqualTo("NON");
        assertThat(remote.at("/TxnTaxDetail/TxnTaxCodeRef/value").asString()).isEqualTo("3");
        JsonNode cove = api.get("/api/v1/invoices/" + invoice).json();
        assertThat(cove.path("taxTotal").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(remote.path("TotalAmt").decimalValue()).isEqualByComparingTo(cove.path("total").decimalValue());
    }

    static List<JsonNode> salesLines(JsonNode invoice) {
        List<JsonNode> lines = new java.util.ArrayList<>();
        invoice.path("Line").forEach(l -> {
            if ("SalesItemLineDetail".equals(l.path("DetailType").asString())) {
                lines.add(l);
            }
        });
        return lines;
    }

    static String find(JsonNode entries, String name) {
        for (JsonNode e : entries) {
            if (name.equals(e.path("name").asString())) {
                return e.path("id").asString();
            }
        }
        throw new AssertionError(name + " not offered in " + entries);
    }
}
