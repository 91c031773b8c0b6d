package dev.cove.sandbox.quickbooks;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.cove.sandbox.SandboxTestApplication;

/** Starts the host app with the sandbox enabled on a random port and resets the sandbox before each test. */
@SpringBootTest(classes = SandboxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cove.sandbox.enabled=true")
abstract class QuickBooksIntegrationTestBase {

    static final String US_EMPTY = QuickBooksSeed.US_EMPTY;
    static final String NON_US = QuickBooksSeed.NON_US;
    static final String US_WITH_DATA = QuickBooksSeed.US_WITH_DATA;

    @LocalServerPort
    int port;

    SandboxHttp http;

    @BeforeEach
    void resetSandbox() {
        http = new SandboxHttp(port);
        SandboxHttp.Reply reset = http.admin("/reset", "{}");
        if (reset.status() != 200) {
            throw new AssertionError("reset failed: " + reset.body());
        }
    }
}
