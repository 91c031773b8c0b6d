package dev.cove.integrations.quickbooks;

import java.util.UUID;

/** The preview's proposal for one Cove record; {@code remoteId} is set for LINK and for some conflicts. */
public record MatchProposal(UUID coveId, MatchDecision decision, String remoteId, String reason) {
}
