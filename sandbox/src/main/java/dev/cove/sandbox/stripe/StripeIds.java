package dev.cove.sandbox.stripe;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stripe-looking ids ({@code pi_3Q...}) and the object type an id prefix names. */
final class StripeIds {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Prefix to the {@code object} value of the objects that carry it; longest prefixes first. */
    static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("cs_test_", "checkout.session");
        TYPES.put("cs_live_", "checkout.session");
        TYPES.put("acct_", "account");
        TYPES.put("pi_", "payment_intent");
        TYPES.put("seti_", "setup_intent");
        TYPES.put("cus_", "customer");
        TYPES.put("pm_", "payment_method");
        TYPES.put("ch_", "charge");
        TYPES.put("re_", "refund");
        TYPES.put("txn_", "balance_transaction");
        TYPES.put("evt_", "event");
        TYPES.put("fee_", "application_fee");
    }

    private StripeIds() {
    }

    static String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    static String next(String prefix) {
        return prefix + "1Cv" + random(21);
    }

    /** The object type an id belongs to, or null. */
    static String typeOf(String id) {
        return TYPES.entrySet().stream().filter(e -> id.startsWith(e.getKey())).map(Map.Entry::getValue)
            .findFirst().orElse(null);
    }
}
