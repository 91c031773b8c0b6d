package dev.cove.integrations.quickbooks.inbound;

import java.util.UUID;

import dev.cove.integrations.quickbooks.MatchDecision;

/**
 * One Cove record in the preview: what was proposed and, once accepted, what was chosen.
 *
 * @param type       {@code Customer} or {@code Item}
 * @param remoteId   the proposed QuickBooks record (LINK, some conflicts); may be null
 * @param remoteName its name; may be null
 * @param choice     LINK, CREATE or SKIP once accepted; null before
 */
record PreviewRecord(String type, UUID coveId, String name, MatchDecision decision, String remoteId, String remoteName,
        String reason, String choice, String chosenRemoteId) {
}
