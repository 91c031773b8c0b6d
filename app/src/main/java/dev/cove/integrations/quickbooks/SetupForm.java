package dev.cove.integrations.quickbooks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.cove.shared.Text;
import dev.cove.integrations.quickbooks.QuickBooksSetup.Direction;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.FieldError;

/**
 * QuickBooks settings as entered (API body or page form), checked against what the realm offers.
 * Field names are the API's. Null maps and fields mean "not chosen" (the realm default applies).
 *
 * @param paymentMethods Cove payment method id to ticked (synced) or not; a method missing is ticked
 * @param directions     record type label ({@code Customer}) to {@code PUSH}, {@code PULL}, {@code BOTH} or {@code OFF}
 */
record SetupForm(String syncStartDate, String depositAccountId, String refundAccountId, String defaultIncomeAccountId,
        String defaultItemId, String exemptTaxCodeId, Map<UUID, String> categoryAccounts, Map<UUID, String> taxCodes,
        Map<UUID, Boolean> paymentMethods, Map<String, String> directions) {

    static SetupForm of(QuickBooksSetup s) {
        Map<String, String> directions = new HashMap<>();
        for (RecordType type : QuickBooksSetup.DEFAULT_DIRECTIONS.keySet()) {
            directions.put(type.label(), s.direction(type).name());
        }
        Map<UUID, Boolean> methods = new HashMap<>();
        s.paymentMethodsOff().forEach(m -> methods.put(m, false));
        return new SetupForm(s.syncStartDate() == null ? null : s.syncStartDate().toString(), s.depositAccountId(),
                s.refundAccountId(), s.defaultIncomeId(), s.defaultItemId(), s.exemptTaxCodeId(), s.categoryAccounts(),
                s.taxCodes(), methods, directions);
    }

    /** The settings to save, or the field errors; {@code catalogue} known means ids are checked against it. */
    QuickBooksSetup toSetup(Catalogue catalogue, List<FieldError> errors) {
        LocalDate start = null;
        if (syncStartDate != null && !syncStartDate.isBlank()) {
            try {
                start = LocalDate.parse(syncStartDate.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("syncStartDate", "must be a date like 2026-01-31"));
            }
        }
        check(catalogue.cash(), depositAccountId, "depositAccountId", "must be a Bank or Other Current Asset account", errors);
        check(catalogue.cash(), refundAccountId, "refundAccountId", "must be a Bank or Other Current Asset account", errors);
        check(catalogue.income(), defaultIncomeAccountId, "defaultIncomeAccountId", "must be an Income account", errors);
        check(catalogue.items(), defaultItemId, "defaultItemId", "must be a QuickBooks item", errors);
        check(catalogue.taxCodes(), exemptTaxCodeId, "exemptTaxCodeId", "must be a QuickBooks tax code", errors);
        Map<UUID, String> categories = clean(categoryAccounts);
        categories.forEach((k, v) -> check(catalogue.income(), v, "categoryAccounts." + k, "must be an Income account", errors));
        Map<UUID, String> codes = clean(taxCodes);
        codes.forEach((k, v) -> check(catalogue.taxCodes(), v, "taxCodes." + k, "must be a QuickBooks tax code", errors));
        Set<UUID> off = new HashSet<>();
        if (paymentMethods != null) {
            paymentMethods.forEach((k, ticked) -> {
                if (Boolean.FALSE.equals(ticked)) {
                    off.add(k);
                }
            });
        }
        Map<RecordType, Direction> parsed = new EnumMap<>(QuickBooksSetup.DEFAULT_DIRECTIONS);
        if (directions != null) {
            directions.forEach((type, direction) -> {
                try {
                    RecordType t = RecordType.of(type);
                    if (!QuickBooksSetup.DEFAULT_DIRECTIONS.containsKey(t)) {
                        throw new IllegalArgumentException(type);
                    }
                    Direction d = Direction.valueOf(direction.trim().toUpperCase(java.util.Locale.ROOT));
                    if (d.pulls() && (t != RecordType.CUSTOMER && t != RecordType.ITEM)) {
                        errors.add(new FieldError("directions." + type, "only customers and items come from QuickBooks"));
                    }
                    parsed.put(t, d);
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add(new FieldError("directions." + type, "must be PUSH, PULL, BOTH or OFF for Customer, Item, "
                            + "Invoice, Payment or Refund"));
                }
            });
        }
        return new QuickBooksSetup(start, Text.blankToNull(depositAccountId), Text.blankToNull(refundAccountId), Text.blankToNull(defaultIncomeAccountId),
                Text.blankToNull(defaultItemId), Text.blankToNull(exemptTaxCodeId), categories, codes, off, Map.copyOf(parsed), 0);
    }

    /** The ids the realm offers, per setting; all empty when the realm was not read yet (nothing is checked then). */
    record Catalogue(boolean known, Set<String> cash, Set<String> income, Set<String> items, Set<String> taxCodes) {
    }

    private static void check(Set<String> allowed, String id, String field, String message, List<FieldError> errors) {
        if (id != null && !id.isBlank() && !allowed.isEmpty() && !allowed.contains(id.trim())) {
            errors.add(new FieldError(field, message));
        }
    }

    private static Map<UUID, String> clean(Map<UUID, String> map) {
        Map<UUID, String> clean = new HashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    clean.put(k, v.trim());
                }
            });
        }
        return Map.copyOf(clean);
    }

    static List<FieldError> noErrors() {
        return new ArrayList<>();
    }
}
