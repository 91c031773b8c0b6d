package dev.cove.sandbox.stripe;

import java.util.Map;

/**
 * Stripe's test card numbers and what each does. Any other number is declined as a live card used in
 * test mode, as Stripe does.
 */
final class TestCards {

    enum Outcome { SUCCEED, DECLINE, AUTHENTICATE }

    /** One test card; {@code code}/{@code declineCode}/{@code message} describe a decline. */
    record Card(String number, String brand, Outcome outcome, String code, String declineCode, String message) {

        String last4() {
            return number.substring(number.length() - 4);
        }
    }

    static final String DECLINED_MESSAGE = "Your card was declined.";

    private static final Map<String, Card> CARDS = Map.of(
            "4242424242424242", new Card("4242424242424242", "visa", Outcome.SUCCEED, null, null, null),
            "5555555555554444", new Card("5555555555554444", "mastercard", Outcome.SUCCEED, null, null, null),
            "4000000000000002", new Card("4000000000000002", "visa", Outcome.DECLINE, "card_declined", "generic_decline",
                    DECLINED_MESSAGE),
            "4000000000009995", new Card("4000000000009995", "visa", Outcome.DECLINE, "card_declined", "insufficient_funds",
                    "Your card has insufficient funds."),
            "4000002500003155", new Card("4000002500003155", "visa", Outcome.AUTHENTICATE, null, null, null));

    /** Stripe's test payment method tokens. */
    private static final Map<String, String> TOKENS = Map.of(
            "pm_card_visa", "4242424242424242",
            "pm_card_mastercard", "5555555555554444",
            "pm_card_chargeDeclined", "4000000000000002",
            "pm_card_visa_chargeDeclined", "4000000000000002",
            "pm_card_chargeDeclinedInsufficientFunds", "4000000000009995",
            "pm_card_authenticationRequiredOnSetup", "4000002500003155");

    private TestCards() {
    }

    static Card of(String rawNumber) {
        String number = rawNumber == null ? "" : rawNumber.replaceAll("[\\s-]", "");
        if (!number.matches("[0-9]{12,19}")) {
            return new Card(number.isEmpty() ? "0000" : number, "unknown", Outcome.DECLINE, "incorrect_number", null,
                    "Your card number is incorrect.");
        }
        return CARDS.getOrDefault(number, new Card(number, "visa", Outcome.DECLINE, "card_declined",
                "test_mode_live_card", "Your card was declined. Your request was in test mode, but used a non test card."));
    }

    /** The card number behind a test token such as {@code pm_card_visa}, or null. */
    static String tokenNumber(String token) {
        return TOKENS.get(token);
    }
}
