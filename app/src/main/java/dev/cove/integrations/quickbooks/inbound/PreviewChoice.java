package dev.cove.integrations.quickbooks.inbound;

import java.util.UUID;

/**
 * What the person decided for one Cove record: {@code LINK} (to {@code remoteId}, or the proposed
 * record when null), {@code CREATE} it in QuickBooks, or {@code SKIP} it (neither).
 */
record PreviewChoice(String type, UUID coveId, String action, String remoteId) {
}
