package dev.cove.integrations.quickbooks;

/** What the pre-sync preview proposes for one Cove record. */
public enum MatchDecision {
    /** Link to an existing QuickBooks record; nothing is created. */
    LINK,
    /** Nothing in QuickBooks matches: create it. */
    CREATE,
    /** A person must decide (several candidates, an inactive namesake, a candidate taken by another record). */
    CONFLICT
}
