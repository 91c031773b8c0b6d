package dev.cove.sandbox.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class QuickBooksApiIntegrationTest extends QuickBooksIntegrationTestBase {

    private String token;
    private String realm;

    private SandboxHttp.Reply post(String rest, String json) {
        return http.post(SandboxHttp.api(realm, rest), token, json);
    }

    private SandboxHttp.Reply get(String rest) {
        return http.get(SandboxHttp.api(realm, rest), token);
    }

    private SandboxHttp.Reply query(String sql) {
        return get("/query?minorversion=75&query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8));
    }

    private void connect(String realmId) {
        SandboxHttp.Connection connection = http.connect(realmId);
        token = connection.accessToken();
        realm = connection.realmId();
    }

    private static String faultCode(SandboxHttp.Reply reply) {
        return reply.json().path("Fault").path("Error").get(0).path("code").asString();
    }

    @Test
    void createReadAndUpdateWithSyncTokens() {
        connect(US_EMPTY);
        SandboxHttp.Reply created = post("/customer?minorversion=75", "{\"DisplayName\":\"Pat Rivera\",\"GivenName\":\"Pat\"}");

        assertThat(created.status()).isEqualTo(200);
        JsonNode customer = created.json().get("Customer");
        assertThat(created.json().get("time").asString()).isNotBlank();
        assertThat(customer.get("SyncToken").asString()).isEqualTo("0");
        assertThat(customer.path("MetaData").path("CreateTime").asString()).isNotBlank();
        assertThat(customer.get("Active").asBoolean()).isTrue();
        String id = customer.get("Id").asString();

        assertThat(get("/customer/" + id).json().path("Customer").path("DisplayName").asString()).isEqualTo("Pat Rivera");

        SandboxHttp.Reply sparse = post("/customer", "{\"Id\":\"" + id + "\",\"SyncToken\":\"0\",\"sparse\":true,"
                + "\"PrimaryEmailAddr\":{\"Address\":\"pat@example.com\"}}");
        assertThat(sparse.status()).isEqualTo(200);
        assertThat(sparse.json().path("Customer").path("SyncToken").asString()).isEqualTo("1");
        assertThat(sparse.json().path("Customer").path("GivenName").asString()).isEqualTo("Pat");

        SandboxHttp.Reply full = post("/customer", "{\"Id\":\"" + id + "\",\"SyncToken\":\"1\",\"DisplayName\":\"Pat Rivera\"}");
        assertThat(full.json().path("Customer").path("SyncToken").asString()).isEqualTo("2");
        assertThat(full.json().path("Customer").has("GivenName")).isFalse();

        SandboxHttp.Reply stale = post("/customer", "{\"Id\":\"" + id + "\",\"SyncToken\":\"1\",\"sparse\":true,\"Notes\":\"x\"}");
        assertThat(stale.status()).isEqualTo(400);
        assertThat(faultCode(stale)).isEqualTo("5010");
        assertThat(stale.json().path("Fault").path("type").asString()).isEqualTo("ValidationFault");
    }

    @Test
    void missingRecordAndMissingFieldHaveTheirCodes() {
        connect(US_EMPTY);

        assertThat(faultCode(get("/customer/999"))).isEqualTo("610");
        assertThat(faultCode(post("/invoice", "{\"Line\":[]}"))).isEqualTo("2020");
    }

    @Test
    void displayNamesAreUniqueAmongCustomersIncludingInactiveOnes() {
        connect(US_WITH_DATA);

        SandboxHttp.Reply duplicate = post("/customer", "{\"DisplayName\":\"maria lopez\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(faultCode(duplicate)).isEqualTo("6240");

        JsonNode oakwood = query("select * from Customer where DisplayName = 'Oakwood HOA'").json()
            .path("QueryResponse").path("Customer").get(0);
        SandboxHttp.Reply deactivated = post("/customer", "{\"Id\":\"" + oakwood.get("Id").asString() + "\",\"SyncToken\":\""
                + oakwood.get("SyncToken").asString() + "\",\"sparse\":true,\"Active\":false}");
        assertThat(deactivated.json().path("Customer").path("Active").asBoolean()).isFalse();
        assertThat(faultCode(post("/customer", "{\"DisplayName\":\"Oakwood HOA\"}"))).isEqualTo("6240");

        assertThat(query("select count(*) from Customer").json().path("QueryResponse").path("totalCount").asInt()).isEqualTo(2);
        assertThat(query("select count(*) from Customer where Active IN (true, false)").json()
            .path("QueryResponse").path("totalCount").asInt()).isEqualTo(3);
        assertThat(faultCode(post("/customer?operation=delete", "{\"Id\":\"1\",\"SyncToken\":\"0\"}"))).isEqualTo("6000");
    }

    @Test
    void requestIdReplaysTheFirstResponseAndCreatesNothingNew() {
        connect(US_EMPTY);
        String body = "{\"DisplayName\":\"Idempotent Irene\"}";

        SandboxHttp.Reply first = post("/customer?requestid=push-customer-42", body);
        SandboxHttp.Reply second = post("/customer?requestid=push-customer-42", body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        List<JsonNode> customers = toList(http.admin("/companies/" + US_EMPTY + "/entities/Customer", null).json());
        assertThat(customers).hasSize(1);

        SandboxHttp.Reply other = post("/customer?requestid=push-customer-43", "{\"DisplayName\":\"Idempotent Ivan\"}");
        assertThat(other.json().path("Customer").path("Id").asString())
            .isNotEqualTo(first.json().path("Customer").path("Id").asString());
    }

    @Test
    void queryPagesWithStartPositionAndMaxResults() {
        connect(US_EMPTY);
        for (int i = 1; i <= 7; i++) {
            assertThat(post("/customer", "{\"DisplayName\":\"Pager " + i + "\"}").status()).isEqualTo(200);
        }
        post("/customer", "{\"DisplayName\":\"Someone Else\"}");

        List<String> seen = new ArrayList<>();
        for (int start = 1; start <= 7; start += 3) {
            JsonNode page = query("select * from Customer where DisplayName like 'Pager%' orderby DisplayName STARTPOSITION "
                    + start + " MAXRESULTS 3").json().path("QueryResponse");
            assertThat(page.path("startPosition").asInt()).isEqualTo(start);
            page.path("Customer").forEach(c -> seen.add(c.get("DisplayName").asString()));
        }
        assertThat(seen).containsExactly("Pager 1", "Pager 2", "Pager 3", "Pager 4", "Pager 5", "Pager 6", "Pager 7");

        JsonNode beyond = query("select * from Customer STARTPOSITION 20 MAXRESULTS 3").json();
        assertThat(beyond.path("QueryResponse").isEmpty()).isTrue();
        assertThat(faultCode(query("select * from Customer where DisplayName = 'a' or Active = true"))).isEqualTo("4000");
        assertThat(faultCode(query("select DisplayName from Customer"))).isEqualTo("4000");
    }

    @Test
    void batchOfMoreThanThirtyOperationsIsRefusedAndItemsCarryTheirOwnFaults() {
        connect(US_EMPTY);
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 31; i++) {
            items.append(i == 1 ? "" : ",").append("{\"bId\":\"b").append(i)
                .append("\",\"operation\":\"create\",\"Customer\":{\"DisplayName\":\"Batch ").append(i).append("\"}}");
        }
        SandboxHttp.Reply tooMany = post("/batch", "{\"BatchItemRequest\":[" + items + "]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().has("Fault")).isTrue();
        assertThat(toList(http.admin("/companies/" + US_EMPTY + "/entities/Customer", null).json())).isEmpty();

        SandboxHttp.Reply ok = post("/batch", "{\"BatchItemRequest\":["
                + "{\"bId\":\"1\",\"operation\":\"create\",\"Customer\":{\"DisplayName\":\"Batch One\"}},"
                + "{\"bId\":\"2\",\"operation\":\"create\",\"Customer\":{\"DisplayName\":\"Batch One\"}},"
                + "{\"bId\":\"3\",\"Query\":\"select * from Customer\"}]}");
        JsonNode responses = ok.json().get("BatchItemResponse");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(responses.get(0).path("Customer").path("DisplayName").asString()).isEqualTo("Batch One");
        assertThat(responses.get(1).path("Fault").path("Error").get(0).path("code").asString()).isEqualTo("6240");
        assertThat(responses.get(2).path("QueryResponse").path("Customer").size()).isEqualTo(1);
    }

    @Test
    void paymentLinkedToAnInvoiceLowersItsBalanceAndBumpsItsSyncToken() {
        connect(US_WITH_DATA);
        JsonNode item = query("select * from Item where Name = 'Weekly Pool Service'").json().path("QueryResponse").path("Item").get(0);
        SandboxHttp.Reply invoice = post("/invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":\"SalesItemLineDetail\","
                + "\"Amount\":240,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"" + item.get("Id").asString()
                + "\"},\"Qty\":2,\"UnitPrice\":120}}]}");
        JsonNode created = invoice.json().get("Invoice");
        assertThat(created.get("TotalAmt").decimalValue()).isEqualByComparingTo("240");
        assertThat(created.get("Balance").decimalValue()).isEqualByComparingTo("240");
        assertThat(created.get("DocNumber").asString()).isNotBlank();

        SandboxHttp.Reply payment = post("/payment", "{\"CustomerRef\":{\"value\":\"1\"},\"TotalAmt\":300,\"Line\":[{\"Amount\":100,"
                + "\"LinkedTxn\":[{\"TxnId\":\"" + created.get("Id").asString() + "\",\"TxnType\":\"Invoice\"}]}]}");
        assertThat(payment.status()).isEqualTo(200);
        assertThat(payment.json().path("Payment").path("UnappliedAmt").decimalValue()).isEqualByComparingTo("200");

        JsonNode after = get("/invoice/" + created.get("Id").asString()).json().get("Invoice");
        assertThat(after.get("Balance").decimalValue()).isEqualByComparingTo(new BigDecimal("140"));
        assertThat(after.get("SyncToken").asString()).isEqualTo("1");

        SandboxHttp.Reply mismatch = post("/invoice", "{\"CustomerRef\":{\"value\":\"1\"},\"Line\":[{\"DetailType\":\"SalesItemLineDetail\","
                + "\"Amount\":100,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"},\"Qty\":2,\"UnitPrice\":120}}]}");
        assertThat(faultCode(mismatch)).isEqualTo("6000");
    }

    @Test
    void nonUsCompaniesNeedATaxCodeOnEveryLine() {
        connect(NON_US);
        String account = query("select * from Account where Name = 'Services'").json().path("QueryResponse").path("Account")
            .get(0).get("Id").asString();
        String itemId = post("/item", "{\"Name\":\"Pool Service\",\"Type\":\"Service\",\"UnitPrice\":100,"
                + "\"IncomeAccountRef\":{\"value\":\"" + account + "\"}}").json().path("Item").path("Id").asString();
        String customerId = post("/customer", "{\"DisplayName\":\"Bondi Pools\"}").json().path("Customer").path("Id").asString();
        String line = "{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":100,\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\""
                + itemId + "\"}%s}}";

        SandboxHttp.Reply untaxed = post("/invoice", "{\"CustomerRef\":{\"value\":\"" + customerId + "\"},\"Line\":["
                + line.formatted("") + "]}");
        assertThat(faultCode(untaxed)).isEqualTo("6000");
        assertThat(untaxed.json().path("Fault").path("Error").get(0).path("Detail").asString()).contains("GST/HST/VAT");

        SandboxHttp.Reply taxed = post("/invoice", "{\"CustomerRef\":{\"value\":\"" + customerId + "\"},\"Line\":["
                + line.formatted(",\"TaxCodeRef\":{\"value\":\"3\"}") + "]}");
        assertThat(taxed.status()).isEqualTo(200);
        assertThat(taxed.json().path("Invoice").path("TotalAmt").decimalValue()).isEqualByComparingTo("110");
    }

    @Test
    void changeDataCaptureReturnsChangesAndDeletions() {
        connect(US_WITH_DATA);
        String since = java.time.OffsetDateTime.now().minusMinutes(1).toString();
        JsonNode invoice = post("/invoice", "{\"CustomerRef\":{\"value\":\"2\"},\"Line\":[{\"DetailType\":\"SalesItemLineDetail\","
                + "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"3\"}}}]}").json().get("Invoice");
        assertThat(invoice.get("TotalAmt").decimalValue()).isEqualByComparingTo("85");
        post("/invoice?operation=delete", "{\"Id\":\"" + invoice.get("Id").asString() + "\",\"SyncToken\":\"0\"}");

        JsonNode cdc = get("/cdc?entities=Invoice,Customer&changedSince=" + URLEncoder.encode(since, StandardCharsets.UTF_8))
            .json().path("CDCResponse").get(0).path("QueryResponse");
        JsonNode invoices = cdc.get(0).path("Invoice");
        assertThat(invoices.get(0).path("status").asString()).isEqualTo("Deleted");
        assertThat(cdc.get(1).path("Customer").size()).isEqualTo(3);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
