package dev.cove.integrations.quickbooks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.integrations.quickbooks.QuickBooksSetup.Direction;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.CompanyId;

/**
 * The QuickBooks settings of each company (tables {@code quickbooks_settings} and
 * {@code quickbooks_setting_maps}). Public so that the inbound side can read directions.
 */
@Component
public class QuickBooksSetups {

    static final String CATEGORY = "CATEGORY";
    static final String TAX_RATE = "TAX_RATE";
    static final String METHOD_OFF = "METHOD_OFF";

    private final JdbcClient jdbc;

    QuickBooksSetups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's settings; {@link QuickBooksSetup#NONE} before anything was saved or read. */
    public QuickBooksSetup of(CompanyId company) {
        var row = jdbc.sql("SELECT * FROM quickbooks_settings WHERE company_id = ?").param(company.value())
                .query((rs, n) -> new Object[] {rs.getObject("sync_start_date", LocalDate.class),
                        rs.getString("deposit_account_id"), rs.getString("refund_account_id"),
                        rs.getString("default_income_id"), rs.getString("default_item_id"),
                        rs.getString("exempt_tax_code_id"), rs.getString("directions"), rs.getLong("version")})
                .optional();
        if (row.isEmpty()) {
            return QuickBooksSetup.NONE;
        }
        Object[] r = row.get();
        Map<UUID, String> categories = new HashMap<>();
        Map<UUID, String> taxCodes = new HashMap<>();
        var off = new HashSet<UUID>();
        jdbc.sql("SELECT kind, local_id, remote_id FROM quickbooks_setting_maps WHERE company_id = ?")
                .param(company.value()).query((rs, n) -> {
                    UUID local = rs.getObject("local_id", UUID.class);
                    switch (rs.getString("kind")) {
                        case CATEGORY -> categories.put(local, rs.getString("remote_id"));
                        case TAX_RATE -> taxCodes.put(local, rs.getString("remote_id"));
                        default -> off.add(local);
                    }
                    return null;
                }).list();
        return new QuickBooksSetup((LocalDate) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], Map.copyOf(categories), Map.copyOf(taxCodes), copy(off), directions((String) r[6]),
                (Long) r[7]);
    }

    /** Replaces the company's settings and bumps the version. */
    @Transactional
    public QuickBooksSetup save(CompanyId company, QuickBooksSetup setup) {
        long version = of(company).version() + 1;
        writeRow(company, setup, version);
        jdbc.sql("DELETE FROM quickbooks_setting_maps WHERE company_id = ?").param(company.value()).update();
        setup.categoryAccounts().forEach((local, remote) -> map(company, CATEGORY, local, remote));
        setup.taxCodes().forEach((local, remote) -> map(company, TAX_RATE, local, remote));
        setup.paymentMethodsOff().forEach(local -> map(company, METHOD_OFF, local, null));
        return of(company);
    }

    /**
     * Fills settings still empty with the realm's defaults, without bumping the version: the defaults
     * are what an unset setting already meant.
     */
    @Transactional
    void fillDefaults(CompanyId company, String depositAccountId, String incomeId, String itemId, String exemptCodeId) {
        QuickBooksSetup current = of(company);
        QuickBooksSetup filled = new QuickBooksSetup(current.syncStartDate(),
                first(current.depositAccountId(), depositAccountId), first(current.refundAccountId(), depositAccountId),
                first(current.defaultIncomeId(), incomeId), first(current.defaultItemId(), itemId),
                first(current.exemptTaxCodeId(), exemptCodeId), current.categoryAccounts(), current.taxCodes(),
                current.paymentMethodsOff(), current.directions(), current.version());
        writeRow(company, filled, current.version());
    }

    /** Maps a Cove tax rate to a code unless mapped already. */
    @Transactional
    void defaultTaxCode(CompanyId company, UUID taxRateId, String codeId) {
        if (codeId != null && !of(company).taxCodes().containsKey(taxRateId)) {
            map(company, TAX_RATE, taxRateId, codeId);
        }
    }

    private void writeRow(CompanyId company, QuickBooksSetup s, long version) {
        jdbc.sql("DELETE FROM quickbooks_settings WHERE company_id = ?").param(company.value()).update();
        jdbc.sql("INSERT INTO quickbooks_settings (company_id, sync_start_date, deposit_account_id, refund_account_id, "
                + "default_income_id, default_item_id, exempt_tax_code_id, directions, version, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(company.value(), s.syncStartDate(), s.depositAccountId(), s.refundAccountId(),
                        s.defaultIncomeId(), s.defaultItemId(), s.exemptTaxCodeId(), directions(s.directions()), version,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private void map(CompanyId company, String kind, UUID local, String remote) {
        jdbc.sql("INSERT INTO quickbooks_setting_maps (company_id, kind, local_id, remote_id) VALUES (?, ?, ?, ?)")
                .params(company.value(), kind, local, remote).update();
    }

    private static java.util.Set<UUID> copy(HashSet<UUID> off) {
        return java.util.Set.copyOf(off);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    static String directions(Map<RecordType, Direction> directions) {
        StringBuilder text = new StringBuilder();
        directions.forEach((type, direction) -> text.append(text.isEmpty() ? "" : ",").append(type.label()).append('=')
                .append(direction.name()));
        return text.toString();
    }

    static Map<RecordType, Direction> directions(String text) {
        Map<RecordType, Direction> directions = new EnumMap<>(QuickBooksSetup.DEFAULT_DIRECTIONS);
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=");
                directions.put(RecordType.of(kv[0]), Direction.valueOf(kv[1]));
            }
        }
        return Map.copyOf(directions);
    }
}
