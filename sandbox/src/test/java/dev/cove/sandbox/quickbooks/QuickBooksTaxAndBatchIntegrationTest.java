package dev.cove.sandbox.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class QuickBooksTaxAndBatchIntegrationTest extends QuickBooksIntegrationTestBase {

    private static final String CHLORINE_LINE = "{\"DetailType\":\"SalesItemLineDetail\",\"Amount\":90,"
            + "\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"2\"},\"Qty\":2,\"UnitPrice\":45%s}}";

    @Test
    void usCompanyTaxesTaxableLinesWithTheTransactionTaxCode() {
        SandboxHttp.Connection connection = http.connect(US_WITH_DATA);
        String invoices = SandboxHttp.api(US_WITH_DATA, "/invoice?minorversion=40");
        String prefs = SandboxHttp.api(US_WITH_DATA, "/preferences");
        JsonNode preferences = http.get(prefs, connection.accessToken()).json().get("Preferences");
        assertThat(preferences.path("TaxPrefs").path("PartnerTaxEnabled").asBoolean()).isTrue();

        JsonNode automated = http.post(invoices, connection.accessToken(), "{\"CustomerRef\":{\"value\":\"3\"},\"Line\":["
                + CHLORINE_LINE.formatted("") + "]}").json().get("Invoice");
        assertThat(automated.path("Line").get(0).path("SalesItemLineDetail").path("TaxCodeRef").path("value").asString())
            .isEqualTo("TAX");
        assertThat(automated.path("TxnTaxDetail").path("TotalTax").decimalValue()).isEqualByComparingTo("7.43");
        assertThat(automated.path("TotalAmt").decimalValue()).isEqualByComparingTo("97.43");

        SandboxHttp.Reply switched = http.post(prefs, connection.accessToken(), "{\"Id\":\"1\",\"SyncToken\":\""
                + preferences.path("SyncToken").asString() + "\",\"TaxPrefs\":{\"UsingSalesTax\":true,\"PartnerTaxEnabled\":false}}");
        assertThat(switched.status()).isEqualTo(200);

        JsonNode manual = http.post(invoices, connection.accessToken(), "{\"CustomerRef\":{\"value\":\"3\"},"
                + "\"TxnTaxDetail\":{\"TxnTaxCodeRef\":{\"value\":\"3\"}},\"Line\":[" + CHLORINE_LINE.formatted("") + ","
                + CHLORINE_LINE.formatted(",\"TaxCodeRef\":{\"value\":\"NON\"}") + "]}").json().get("Invoice");
        assertThat(manual.path("TxnTaxDetail").path("TotalTax").decimalValue()).isEqualByComparingTo("6.75");
        assertThat(manual.path("TotalAmt").decimalValue()).isEqualByComparingTo("186.75");
        assertThat(manual.path("Line").get(2).path("DetailType").asString()).isEqualTo("SubTotalLineDetail");
    }

    @Test
    void batchWithTheSameRequestIdAndItemIdsIsReplayed() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        String body = "{\"BatchItemRequest\":[{\"bId\":\"a1\",\"operation\":\"create\",\"Customer\":{\"DisplayName\":\"Replay Rosa\"}}]}";
        String path = SandboxHttp.api(US_EMPTY, "/batch?requestid=batch-7");

        SandboxHttp.Reply first = http.post(path, connection.accessToken(), body);
        SandboxHttp.Reply second = http.post(path, connection.accessToken(), body);

        assertThat(first.json().path("BatchItemResponse").get(0).has("Customer")).isTrue();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(http.admin("/companies/" + US_EMPTY + "/entities/Customer", null).json().size()).isEqualTo(1);
    }

    @Test
    void fortyBatchRequestsPerMinuteThenThrottled() {
        SandboxHttp.Connection connection = http.connect(US_EMPTY);
        String path = SandboxHttp.api(US_EMPTY, "/batch");
        String body = "{\"BatchItemRequest\":[{\"bId\":\"q\",\"Query\":\"select count(*) from Customer\"}]}";

        for (int i = 0; i < 40; i++) {
            assertThat(http.post(path, connection.accessToken(), body).status()).isEqualTo(200);
        }
        SandboxHttp.Reply throttled = http.post(path, connection.accessToken(), body);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().path("Fault").path("Error").get(0).path("code").asString()).isEqualTo("3001");
        assertThat(http.get(SandboxHttp.api(US_EMPTY, "/preferences"), connection.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void voidingAPaymentRestoresTheInvoiceBalance() {
        SandboxHttp.Connection connection = http.connect(US_WITH_DATA);
        String token = connection.accessToken();
        JsonNode invoice = http.post(SandboxHttp.api(US_WITH_DATA, "/invoice"), token, "{\"CustomerRef\":{\"value\":\"1\"},"
                + "\"Line\":[{\"DetailType\":\"SalesItemLineDetail\",\"SalesItemLineDetail\":{\"ItemRef\":{\"value\":\"1\"}}}]}")
            .json().get("Invoice");
        JsonNode payment = http.post(SandboxHttp.api(US_WITH_DATA, "/payment"), token, "{\"CustomerRef\":{\"value\":\"1\"},"
                + "\"TotalAmt\":120,\"Line\":[{\"Amount\":120,\"LinkedTxn\":[{\"TxnId\":\"" + invoice.get("Id").asString()
                + "\",\"TxnType\":\"Invoice\"}]}]}").json().get("Payment");
        String invoicePath = SandboxHttp.api(US_WITH_DATA, "/invoice/" + invoice.get("Id").asString());
        assertThat(http.get(invoicePath, token).json().path("Invoice").path("Balance").decimalValue()).isEqualByComparingTo("0");

        SandboxHttp.Reply voided = http.post(SandboxHttp.api(US_WITH_DATA, "/payment?operation=update&include=void"), token,
                "{\"Id\":\"" + payment.get("Id").asString() + "\",\"SyncToken\":\"0\",\"sparse\":true}");

        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.json().path("Payment").path("PrivateNote").asString()).isEqualTo("Voided");
        JsonNode after = http.get(invoicePath, token).json().path("Invoice");
        assertThat(after.path("Balance").decimalValue()).isEqualByComparingTo("120");
        assertThat(after.path("SyncToken").asString()).isEqualTo("2");
    }
}
