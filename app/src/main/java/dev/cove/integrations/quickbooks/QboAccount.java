package dev.cove.integrations.quickbooks;

/** A QuickBooks Account (read only here), e.g. {@code accountType} {@code Bank} or {@code Income}. */
public record QboAccount(String id, String name, String accountType, String accountSubType, String classification,
        Boolean active) {
}
