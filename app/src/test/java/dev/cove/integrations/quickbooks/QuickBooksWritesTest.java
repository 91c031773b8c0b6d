package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.cove.integrations.sync.PushOutcome;
import dev.cove.integrations.sync.PushOutcome.FailureKind;

/** QuickBooks faults become the engine's outcomes with QuickBooks' own code and message. */
class QuickBooksWritesTest {

    private static PushOutcome.Failed outcome(int status, String code, String message, String detail, Duration retryAfter) {
        return (PushOutcome.Failed) QuickBooksWrites.outcome(
                new QuickBooksFault(status, "ValidationFault", code, message, detail, null, retryAfter));
    }

    @Test
    void aDuplicateNameIsAPermanentConflictQuotingQuickBooks() {
        PushOutcome.Failed failed = outcome(400, "6240", "Duplicate Name Exists Error",
                "The name supplied already exists. : Another customer, vendor or employee is already using this name.", null);

        assertThat(failed.kind()).isEqualTo(FailureKind.PERMANENT);
        assertThat(failed.code()).isEqualTo("6240");
        assertThat(failed.message()).startsWith("Name conflict in QuickBooks")
                .contains("Duplicate Name Exists Error: The name supplied already exists.").doesNotContain("(2)");
    }

    @Test
    void throttlingAndServerErrorsAreTransientWithRetryAfter() {
        assertThat(outcome(429, "3001", "ThrottleExceeded", null, Duration.ofSeconds(60)))
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FailureKind.TRANSIENT);
                    assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(60));
                });
        assertThat(outcome(503, null, "Service unavailable", null, null).kind()).isEqualTo(FailureKind.TRANSIENT);
        assertThat(outcome(503, null, "Service unavailable", null, null).code()).isEqualTo("503");
    }

    @Test
    void anExpiredTokenAsksForARefreshAndAForbiddenRealmForAReconnect() {
        assertThat(outcome(401, "3200", "AuthenticationFailed", null, null).kind()).isEqualTo(FailureKind.UNAUTHORIZED);
        assertThat(outcome(403, "3100", "ApplicationAuthorizationFailed", null, null).kind())
                .isEqualTo(FailureKind.NEEDS_RECONNECT);
    }

    @Test
    void aValidationErrorIsPermanentWithItsMessage() {
        PushOutcome.Failed failed = outcome(400, "6000", "A business validation error has occurred",
                "Make sure all your transactions have a GST/HST/VAT rate", null);
        assertThat(failed.kind()).isEqualTo(FailureKind.PERMANENT);
        assertThat(failed.message()).isEqualTo(
                "A business validation error has occurred: Make sure all your transactions have a GST/HST/VAT rate");
    }
}
