package dev.cove.integrations.stripe;

import java.util.ArrayList;
import java.util.List;

import com.stripe.model.Account;

import dev.cove.integrations.ConnectionStatus;

/**
 * What Cove keeps of a connected account and how the Integrations page shows it: ACTIVE when details are
 * submitted, charges enabled and nothing is currently or past due; SETUP_INCOMPLETE otherwise (also while
 * Stripe is only verifying, with that said in the reason).
 */
record AccountState(String accountId, boolean livemode, String businessName, boolean chargesEnabled,
        boolean payoutsEnabled, boolean detailsSubmitted, List<String> due, List<String> verifying) {

    static AccountState of(Account account, boolean livemode) {
        List<String> due = new ArrayList<>();
        List<String> verifying = new ArrayList<>();
        if (account.getRequirements() != null) {
            addAll(due, account.getRequirements().getCurrentlyDue());
            addAll(due, account.getRequirements().getPastDue());
            addAll(verifying, account.getRequirements().getPendingVerification());
        }
        String name = account.getBusinessProfile() == null ? null : account.getBusinessProfile().getName();
        if (name == null && account.getSettings() != null && account.getSettings().getDashboard() != null) {
            name = account.getSettings().getDashboard().getDisplayName();
        }
        return new AccountState(account.getId(), livemode, name,
                Boolean.TRUE.equals(account.getChargesEnabled()), Boolean.TRUE.equals(account.getPayoutsEnabled()),
                Boolean.TRUE.equals(account.getDetailsSubmitted()), List.copyOf(due), List.copyOf(verifying));
    }

    ConnectionStatus status() {
        return detailsSubmitted && chargesEnabled && due.isEmpty() && verifying.isEmpty() ? ConnectionStatus.ACTIVE
                : ConnectionStatus.SETUP_INCOMPLETE;
    }

    /** Null when ACTIVE; otherwise what is missing, in words. */
    String reason() {
        if (!detailsSubmitted || !due.isEmpty()) {
            return "Stripe still needs: " + (due.isEmpty() ? "business details" : String.join(", ", due))
                    + ". Resume setup to finish onboarding.";
        }
        if (!verifying.isEmpty()) {
            return "Stripe is verifying " + String.join(", ", verifying) + ".";
        }
        if (!chargesEnabled) {
            return "Stripe has not enabled charges on this account yet.";
        }
        return null;
    }

    private static void addAll(List<String> into, List<String> values) {
        if (values != null) {
            values.stream().filter(v -> !into.contains(v)).forEach(into::add);
        }
    }
}
