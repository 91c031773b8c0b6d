package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/** Stripe amounts are integers in the currency's smallest unit; most currencies have two decimals. */
final class MinorUnits {

    /** Stripe's zero-decimal currencies. */
    private static final Set<String> ZERO_DECIMAL = Set.of("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
            "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf");

    private MinorUnits() {
    }

    static long toMinor(BigDecimal amount, String currency) {
        return amount.movePointRight(decimals(currency)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Back to Cove's amounts, always with two decimals as Cove stores them. */
    static BigDecimal fromMinor(long amount, String currency) {
        return BigDecimal.valueOf(amount).movePointLeft(decimals(currency)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static int decimals(String currency) {
        return ZERO_DECIMAL.contains(currency.toLowerCase(Locale.ROOT)) ? 0 : 2;
    }
}
