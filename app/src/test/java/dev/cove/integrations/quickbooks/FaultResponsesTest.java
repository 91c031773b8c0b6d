package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.cove.integrations.quickbooks.QuickBooksFault.Kind;

class FaultResponsesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static QuickBooksFault parse(int status, String body, String retryAfter) {
        return FaultResponses.parse(status, body.getBytes(StandardCharsets.UTF_8), retryAfter, WAIT);
    }

    @Test
    void readsTheJsonFault() {
        QuickBooksFault fault = parse(400, """
                {"Fault":{"Error":[{"Message":"Duplicate Name Exists Error","Detail":"The name supplied already exists.",
                "code":"6240","element":"DisplayName"}],"type":"ValidationFault"},"time":"2026-05-04T10:00:00.000-07:00"}
                """, null);

        assertThat(fault.status()).isEqualTo(400);
        assertThat(fault.type()).isEqualTo("ValidationFault");
        assertThat(fault.code()).isEqualTo("6240");
        assertThat(fault.getMessage()).isEqualTo("Duplicate Name Exists Error");
        assertThat(fault.detail()).isEqualTo("The name supplied already exists.");
        assertThat(fault.element()).isEqualTo("DisplayName");
        assertThat(fault.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(fault.duplicateName()).isTrue();
        assertThat(fault.retryAfter()).isNull();
    }

    @Test
    void readsLowercaseAuthenticationFaults() {
        QuickBooksFault fault = parse(401, """
                {"fault":{"error":[{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401",
                "detail":"Token expired","code":"3200"}],"type":"AUTHENTICATION"}}
                """, null);

        assertThat(fault.code()).isEqualTo("3200");
        assertThat(fault.kind()).isEqualTo(Kind.NEEDS_RECONNECT);
    }

    @Test
    void readsXmlThrottlesAndRetryAfter() {
        QuickBooksFault xml = parse(429, """
                <?xml version="1.0" encoding="UTF-8"?><IntuitResponse><Fault type="SERVICE"><Error code="3001">
                <Message>message=ThrottleExceeded; errorCode=003001; statusCode=429</Message>
                <Detail>The request limit was reached.</Detail></Error></Fault></IntuitResponse>
                """, null);
        QuickBooksFault withHeader = parse(429, "", "7");

        assertThat(xml.code()).isEqualTo("3001");
        assertThat(xml.type()).isEqualTo("SERVICE");
        assertThat(xml.detail()).isEqualTo("The request limit was reached.");
        assertThat(xml.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(xml.retryAfter()).isEqualTo(WAIT);
        assertThat(withHeader.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(withHeader.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(FaultResponses.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(FaultResponses.retryAfter("soon")).isNull();
    }

    @Test
    void classifiesByStatusAndCode() {
        assertThat(QuickBooksFault.classify(503, null)).isEqualTo(Kind.TRANSIENT);
        assertThat(QuickBooksFault.classify(500, "10000")).isEqualTo(Kind.TRANSIENT);
        assertThat(QuickBooksFault.classify(0, null)).isEqualTo(Kind.TRANSIENT);
        assertThat(QuickBooksFault.classify(400, "3001")).isEqualTo(Kind.TRANSIENT);
        assertThat(QuickBooksFault.classify(403, "3100")).isEqualTo(Kind.NEEDS_RECONNECT);
        assertThat(QuickBooksFault.classify(400, "6190")).isEqualTo(Kind.NEEDS_RECONNECT);
        for (String code : new String[] {"6240", "6000", "2020", "2500", "610", "5010", "4000"}) {
            assertThat(QuickBooksFault.classify(400, code)).as(code).isEqualTo(Kind.PERMANENT);
        }
        assertThat(parse(400, "{\"Fault\":{\"Error\":[{\"code\":\"5010\"}]}}", null).staleObject()).isTrue();
    }

    @Test
    void aBodyThatIsNoFaultStillGivesTheStatus() {
        QuickBooksFault fault = parse(502, "<html>Bad gateway</html>", null);

        assertThat(fault.status()).isEqualTo(502);
        assertThat(fault.code()).isNull();
        assertThat(fault.kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void queryLiteralsEscapeQuotes() {
        assertThat(QuickBooksQuery.equalTo("DisplayName", "O'Brien's \\ Pools"))
            .isEqualTo("DisplayName = 'O\\'Brien\\'s \\\\ Pools'");
        assertThat(QuickBooksQuery.select("Customer", null, 1, 10))
            .isEqualTo("SELECT * FROM Customer ORDERBY Id STARTPOSITION 1 MAXRESULTS 10");
    }
}
