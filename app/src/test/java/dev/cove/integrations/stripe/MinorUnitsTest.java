package dev.cove.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MinorUnitsTest {

    @Test
    void twoDecimalAndZeroDecimalCurrenciesRoundTrip() {
        assertThat(MinorUnits.toMinor(new BigDecimal("120.05"), "USD")).isEqualTo(12005);
        assertThat(MinorUnits.fromMinor(12005, "usd")).isEqualByComparingTo("120.05");
        assertThat(MinorUnits.fromMinor(12005, "usd").scale()).isEqualTo(2);
        assertThat(MinorUnits.toMinor(new BigDecimal("5000"), "JPY")).isEqualTo(5000);
        assertThat(MinorUnits.fromMinor(5000, "jpy")).isEqualByComparingTo("5000");
    }
}
