package dev.cove.integrations.quickbooks;

import java.time.LocalDate;

/**
 * The QuickBooks accounts an item posts to: the income account mapped to its Cove category (always
 * needed) and, for inventory items only, the inventory asset and cost-of-goods expense accounts and
 * the date stock tracking starts. Any of the last three may be null for other kinds.
 */
public record ItemAccounts(String incomeAccountId, String assetAccountId, String expenseAccountId,
        LocalDate inventoryStartDate) {

    public static ItemAccounts income(String incomeAccountId) {
        return new ItemAccounts(incomeAccountId, null, null, null);
    }
}
