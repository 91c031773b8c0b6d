package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cove.integrations.ConnectionStatus;

class AccountStateTest {

    @Test
    void activeOnlyWithDetailsSubmittedChargesEnabledAndNothingDueOrVerifying() {
        assertThat(state(true, true, List.of(), List.of()).status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(state(true, true, List.of(), List.of()).reason()).isNull();

        AccountState due = state(true, true, List.of("external_account"), List.of());
        assertThat(due.status()).isEqualTo(ConnectionStatus.SETUP_INCOMPLETE);
        assertThat(due.reason()).contains("external_account").contains("Resume setup");

        AccountState verifying = state(true, true, List.of(), List.of("individual.id_number"));
        assertThat(verifying.status()).isEqualTo(ConnectionStatus.SETUP_INCOMPLETE);
        assertThat(verifying.reason()).startsWith("Stripe is verifying");

        assertThat(state(false, true, List.of(), List.of()).status()).isEqualTo(ConnectionStatus.SETUP_INCOMPLETE);
        AccountState noCharges = state(true, false, List.of(), List.of());
        assertThat(noCharges.status()).isEqualTo(ConnectionStatus.SETUP_INCOMPLETE);
        assertThat(noCharges.reason()).contains("not enabled charges");
    }

    private static AccountState state(boolean submitted, boolean charges, List<String> due, List<String> verifying) {
        return new AccountState("acct_1", false, "Pool Co", charges, true, submitted, due, verifying);
    }
}
