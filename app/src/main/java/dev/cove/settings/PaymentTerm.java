package dev.cove.settings;

import java.util.UUID;

/** When an invoice falls due: {@code daysDue} days after it is issued (0 = due on receipt). */
public record PaymentTerm(UUID id, String name, int daysDue, boolean active) {
}
