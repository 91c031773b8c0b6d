package dev.cove.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.cove.integrations.quickbooks.QuickBooksSetup.Direction;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.FieldError;

/** Entered QuickBooks settings are checked against what the realm offers. */
class SetupFormTest {

    static final SetupForm.Catalogue REALM = new SetupForm.Catalogue(true, Set.of("35", "36"), Set.of("4", "5"),
            Set.of("7"), Set.of("TAX", "NON", "3"));

    @Test
    void onlyCashAccountsAreAcceptedForDepositsAndRefunds() {
        List<FieldError> errors = SetupForm.noErrors();
        new SetupForm(null, "4", "36", null, null, null, null, null, null, null).toSetup(REALM, errors);

        assertThat(errors).containsExactly(new FieldError("depositAccountId", "must be a Bank or Other Current Asset account"));
    }

    @Test
    void aValidFormBecomesSettingsWithUntickedMethodsAndDirections() {
        UUID category = UUID.randomUUID();
        UUID rate = UUID.randomUUID();
        UUID cash = UUID.randomUUID();
        UUID card = UUID.randomUUID();
        List<FieldError> errors = SetupForm.noErrors();

        QuickBooksSetup setup = new SetupForm("2026-02-01", "35", "36", "4", "7", null, Map.of(category, "5"),
                Map.of(rate, "3"), Map.of(cash, true, card, false), Map.of("Customer", "push", "Item", "OFF"))
                .toSetup(REALM, errors);

        assertThat(errors).isEmpty();
        assertThat(setup.syncStartDate()).hasToString("2026-02-01");
        assertThat(setup.incomeAccountFor(category)).isEqualTo("5");
        assertThat(setup.incomeAccountFor(UUID.randomUUID())).isEqualTo("4");
        assertThat(setup.taxCodes()).containsEntry(rate, "3");
        assertThat(setup.paymentMethodsOff()).containsExactly(card);
        assertThat(setup.direction(RecordType.CUSTOMER)).isEqualTo(Direction.PUSH);
        assertThat(setup.direction(RecordType.ITEM)).isEqualTo(Direction.OFF);
        assertThat(setup.direction(RecordType.INVOICE)).isEqualTo(Direction.PUSH);
    }

    @Test
    void badDatesUnknownCodesAndPulledInvoicesAreFieldErrors() {
        List<FieldError> errors = SetupForm.noErrors();
        UUID rate = UUID.randomUUID();
        new SetupForm("31/01/2026", null, null, null, null, null, null, Map.of(rate, "99"), null,
                Map.of("Invoice", "PULL", "Visit", "PUSH")).toSetup(REALM, errors);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("syncStartDate", "taxCodes." + rate,
                "directions.Invoice", "directions.Visit");
    }

    @Test
    void directionsRoundTripThroughTheirStoredText() {
        Map<RecordType, Direction> directions = Map.of(RecordType.CUSTOMER, Direction.PULL, RecordType.REFUND, Direction.OFF);
        Map<RecordType, Direction> read = QuickBooksSetups.directions(QuickBooksSetups.directions(directions));
        assertThat(read).containsEntry(RecordType.CUSTOMER, Direction.PULL).containsEntry(RecordType.REFUND, Direction.OFF)
                .containsEntry(RecordType.INVOICE, Direction.PUSH);
    }
}
