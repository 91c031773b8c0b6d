package dev.cove.integrations.quickbooks;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.cove.integrations.sync.RecordType;

/**
 * A company's QuickBooks sync settings. Ids are QuickBooks ids; any may be null until chosen or read
 * from the realm (then the realm's defaults apply: first Bank account, "Services" income account).
 *
 * @param syncStartDate      customers, invoices and payments created before it are not pushed; null = all
 * @param depositAccountId   where payments are deposited (Bank or Other Current Asset)
 * @param refundAccountId    where refunds are paid from (Bank or Other Current Asset)
 * @param defaultIncomeId    income account of items whose category has none mapped
 * @param defaultItemId      item used by invoice lines without a Cove item (visit lines)
 * @param exemptTaxCodeId    non-US only: the code of untaxed lines
 * @param categoryAccounts   Cove item category id to QuickBooks income account id
 * @param taxCodes           Cove tax rate id to QuickBooks tax code id
 * @param paymentMethodsOff  Cove payment methods whose payments stay out of QuickBooks
 * @param directions         per record type; a type missing here uses {@link #DEFAULT_DIRECTIONS}
 * @param version            grows on every save, so a changed mapping re-pushes what it affects
 */
public record QuickBooksSetup(LocalDate syncStartDate, String depositAccountId, String refundAccountId,
        String defaultIncomeId, String defaultItemId, String exemptTaxCodeId, Map<UUID, String> categoryAccounts,
        Map<UUID, String> taxCodes, Set<UUID> paymentMethodsOff, Map<RecordType, Direction> directions, long version) {

    /** Which way a record type moves. */
    public enum Direction {
        /** Cove to QuickBooks only. */
        PUSH,
        /** QuickBooks to Cove only. */
        PULL,
        BOTH,
        OFF;

        public boolean pushes() {
            return this == PUSH || this == BOTH;
        }

        public boolean pulls() {
            return this == PULL || this == BOTH;
        }
    }

    public static final Map<RecordType, Direction> DEFAULT_DIRECTIONS = Map.of(RecordType.CUSTOMER, Direction.BOTH,
            RecordType.ITEM, Direction.BOTH, RecordType.INVOICE, Direction.PUSH, RecordType.PAYMENT, Direction.PUSH,
            RecordType.REFUND, Direction.PUSH);

    public static final QuickBooksSetup NONE = new QuickBooksSetup(null, null, null, null, null, null, Map.of(), Map.of(),
            Set.of(), DEFAULT_DIRECTIONS, 0);

    /** The direction of a type, defaulted. */
    public Direction direction(RecordType type) {
        return directions.getOrDefault(type, DEFAULT_DIRECTIONS.getOrDefault(type, Direction.OFF));
    }

    /** Whether a record created on {@code created} falls before the sync start date. */
    public boolean beforeStart(java.time.Instant created) {
        return syncStartDate != null && created != null
                && created.atZone(java.time.ZoneOffset.UTC).toLocalDate().isBefore(syncStartDate);
    }

    public String incomeAccountFor(UUID categoryId) {
        String mapped = categoryId == null ? null : categoryAccounts.get(categoryId);
        return mapped != null ? mapped : defaultIncomeId;
    }
}
