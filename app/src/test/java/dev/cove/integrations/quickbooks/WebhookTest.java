package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class WebhookTest {

    private static final String VERIFIER = "verifier-token-123";

    private static String hmac(String key, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    void acceptsOnlyTheSignatureOfTheRawBody() throws Exception {
        byte[] body = "{\"eventNotifications\":[]}".getBytes(StandardCharsets.UTF_8);
        String signature = hmac(VERIFIER, body);

        assertThat(WebhookSignature.sign(body, VERIFIER)).isEqualTo(signature);
        assertThat(WebhookSignature.verify(body, signature, VERIFIER)).isTrue();
        assertThat(WebhookSignature.verify(body, hmac("other-token", body), VERIFIER)).isFalse();
        assertThat(WebhookSignature.verify("{\"eventNotifications\": []}".getBytes(StandardCharsets.UTF_8), signature,
                VERIFIER)).as("re-serialised body").isFalse();
        assertThat(WebhookSignature.verify(body, null, VERIFIER)).isFalse();
        assertThat(WebhookSignature.verify(body, "", VERIFIER)).isFalse();
        assertThat(WebhookSignature.verify(body, signature, "")).isFalse();
    }

    @Test
    void readsTheLegacyPayload() {
        String body = """
                {"eventNotifications":[{"realmId":"9130355000000003","dataChangeEvent":{"entities":[
                  {"name":"Customer","id":"58","operation":"Update","lastUpdated":"2026-05-04T10:15:00.000Z"},
                  {"name":"Invoice","id":"130","operation":"Void","lastUpdated":"2026-05-04T10:16:00-07:00"}]}},
                  {"realmId":"9130355000000001","dataChangeEvent":{"entities":[
                  {"name":"Customer","id":"7","operation":"Merge","lastUpdated":"2026-05-04T11:00:00Z","deletedId":"6"}]}}]}
                """;

        List<QuickBooksChange> changes = WebhookPayloads.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(changes).containsExactly(
                new QuickBooksChange("9130355000000003", "Customer", "58", "Update",
                        OffsetDateTime.parse("2026-05-04T10:15:00Z"), null),
                new QuickBooksChange("9130355000000003", "Invoice", "130", "Void",
                        OffsetDateTime.parse("2026-05-04T10:16:00-07:00"), null),
                new QuickBooksChange("9130355000000001", "Customer", "7", "Merge",
                        OffsetDateTime.parse("2026-05-04T11:00:00Z"), "6"));
    }

    @Test
    void readsCloudEventsMixingRealms() {
        String body = """
                [{"specversion":"1.0","id":"a1","source":"intuit","type":"qbo.refundreceipt.created.v1",
                  "time":"2026-05-04T10:15:00Z","intuitentityid":"200","intuitaccountid":"111","data":{}},
                 {"specversion":"1.0","id":"a2","source":"intuit","type":"qbo.customer.merged.v1",
                  "time":"2026-05-04T10:16:00Z","intuitentityid":"58","intuitaccountid":"222","data":{"deletedid":"57"}},
                 {"specversion":"1.0","id":"a3","source":"intuit","type":"qbo.invoice.updated.v1",
                  "intuitentityid":"9","intuitaccountid":"111"}]
                """;

        List<QuickBooksChange> changes = WebhookPayloads.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(changes).containsExactly(
                new QuickBooksChange("111", "RefundReceipt", "200", "Create", OffsetDateTime.parse("2026-05-04T10:15:00Z"), null),
                new QuickBooksChange("222", "Customer", "58", "Merge", OffsetDateTime.parse("2026-05-04T10:16:00Z"), "57"),
                new QuickBooksChange("111", "Invoice", "9", "Update", null, null));
    }

    @Test
    void refusesOtherBodies() {
        assertThatThrownBy(() -> WebhookPayloads.parse("{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookPayloads.parse("not json".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
