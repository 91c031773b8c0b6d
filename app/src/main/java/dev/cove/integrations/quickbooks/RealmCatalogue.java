package dev.cove.integrations.quickbooks;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.integrations.AccessToken;
import dev.cove.shared.CompanyId;

/**
 * What Cove knows of the connected realm's lists (accounts, tax codes, payment methods, terms, items)
 * and its tax model, read from QuickBooks on connect and whenever a push finds them missing, and kept
 * in {@code quickbooks_catalogue} so pages never call QuickBooks. Reading also fills the settings the
 * user left empty with the realm's defaults: the first Bank account for deposits and refunds, the
 * "Services" income account, an item for visit lines, the exempt tax code of a non-US realm.
 */
@Component
public class RealmCatalogue {

    /** One list entry; {@code detail} is the account type, {@code exempt}/{@code taxable}, due days or item type. */
    public record Entry(String kind, String id, String name, String detail) {
    }

    static final String ACCOUNT = "ACCOUNT";
    static final String TAX_CODE = "TAX_CODE";
    static final String PAYMENT_METHOD = "PAYMENT_METHOD";
    static final String TERM = "TERM";
    static final String ITEM = "ITEM";
    static final String DEFAULT_ITEM_NAME = "Services";

    private final QuickBooksClient client;
    private final QuickBooksSetups setups;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    RealmCatalogue(QuickBooksClient client, QuickBooksSetups setups, JdbcClient jdbc, TransactionTemplate tx) {
        this.client = client;
        this.setups = setups;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The tax model of the realm the token belongs to, reading the realm first if Cove has not yet. */
    SalesTaxModel ensure(CompanyId company, AccessToken token) {
        Optional<Boolean[]> model = model(company, token.accountId());
        if (model.isEmpty()) {
            refresh(company, token);
            model = model(company, token.accountId());
        }
        Boolean[] m = model.orElseThrow();
        return m[0] ? SalesTaxModel.us(m[1]) : SalesTaxModel.perLine(setups.of(company).exemptTaxCodeId());
    }

    /** Reads the realm's lists and tax model again and fills empty settings with defaults. */
    public void refresh(CompanyId company, AccessToken token) {
        QboCompanyInfo info = client.companyInfo(token);
        QboPreferences preferences = client.preferences(token);
        List<QboAccount> accounts = client.queryAll(token, QuickBooksEntity.ACCOUNT, null, QuickBooksClient.MAX_PAGE);
        List<QboTaxCode> codes = client.queryAll(token, QuickBooksEntity.TAX_CODE, null, QuickBooksClient.MAX_PAGE);
        List<QboPaymentMethod> methods = client.queryAll(token, QuickBooksEntity.PAYMENT_METHOD, null, QuickBooksClient.MAX_PAGE);
        List<QboTerm> terms = client.queryAll(token, QuickBooksEntity.TERM, null, QuickBooksClient.MAX_PAGE);
        List<QboItem> items = client.queryAll(token, QuickBooksEntity.ITEM, null, QuickBooksClient.MAX_PAGE);
        String income = accounts.stream().filter(a -> "Income".equals(a.accountType()) && "Services".equals(a.name()))
                .map(QboAccount::id).findFirst().orElse(accounts.stream().filter(a -> "Income".equals(a.accountType()))
                        .map(QboAccount::id).findFirst().orElse(null));
        List<QboItem> allItems = items;
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM quickbooks_catalogue WHERE company_id = ?").param(company.value()).update();
            accounts.forEach(a -> put(company, ACCOUNT, a.id(), a.name(), a.accountType()));
            codes.forEach(c -> put(company, TAX_CODE, c.id(), c.name(), exempt(c) ? "exempt" : "taxable"));
            methods.forEach(m -> put(company, PAYMENT_METHOD, m.id(), m.name(), m.type()));
            terms.forEach(t -> put(company, TERM, t.id(), t.name(), t.dueDays() == null ? null : t.dueDays().toString()));
            allItems.forEach(i -> put(company, ITEM, i.id(), i.name(), i.type()));
            jdbc.sql("DELETE FROM quickbooks_realms WHERE company_id = ?").param(company.value()).update();
            jdbc.sql("INSERT INTO quickbooks_realms (company_id, realm_id, us, automated, read_at) VALUES (?, ?, ?, ?, ?)")
                    .params(company.value(), token.accountId(), info.usTaxModel(), preferences.automatedSalesTax(),
                            OffsetDateTime.now(ZoneOffset.UTC)).update();
        });
        applyDefaults(company);
    }

    /** Fills the settings left empty with the realm's defaults, from the lists as last read (no call). */
    public void applyDefaults(CompanyId company) {
        List<Entry> income = incomeAccounts(company);
        String services = income.stream().filter(e -> "Services".equals(e.name())).map(Entry::id).findFirst()
                .orElse(income.stream().map(Entry::id).findFirst().orElse(null));
        String bank = cashAccounts(company).stream().filter(e -> "Bank".equals(e.detail())).map(Entry::id).findFirst()
                .orElse(null);
        String item = idByName(company, ITEM, DEFAULT_ITEM_NAME);
        boolean us = jdbc.sql("SELECT us FROM quickbooks_realms WHERE company_id = ?").param(company.value())
                .query(Boolean.class).optional().orElse(true);
        String exempt = us ? null : entries(company, TAX_CODE).stream().filter(e -> "exempt".equals(e.detail()))
                .map(Entry::id).findFirst().orElse(null);
        setups.fillDefaults(company, bank, services, item, exempt);
    }

    /**
     * The item for invoice lines without a Cove item: the one chosen, else the realm's "Services" item,
     * created (idempotently) the first time a line needs it.
     */
    String defaultItem(CompanyId company, AccessToken token) {
        String chosen = setups.of(company).defaultItemId();
        if (chosen != null) {
            return chosen;
        }
        String income = setups.of(company).defaultIncomeId();
        if (income == null) {
            throw new MappingIncomplete("Choose the QuickBooks item for visit lines in the QuickBooks settings");
        }
        QboItem created = client.create(token, QuickBooksEntity.ITEM, new QboItem(null, null, DEFAULT_ITEM_NAME, null,
                "Pool service", "Service", null, Boolean.TRUE, QboRef.to(income), null, null, null, null, null, null, null),
                requestId("default-item", company, token));
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM quickbooks_catalogue WHERE company_id = ? AND kind = ? AND remote_id = ?")
                    .params(company.value(), ITEM, created.id()).update();
            put(company, ITEM, created.id(), created.name(), created.type());
            setups.fillDefaults(company, null, null, created.id(), null);
        });
        return created.id();
    }

    /** The entries of one kind, by name. */
    public List<Entry> entries(CompanyId company, String kind) {
        return jdbc.sql("SELECT kind, remote_id, name, detail FROM quickbooks_catalogue WHERE company_id = ? AND kind = ? "
                + "ORDER BY name").params(company.value(), kind)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Bank and Other Current Asset accounts: the only ones QuickBooks accepts for deposits and refunds. */
    public List<Entry> cashAccounts(CompanyId company) {
        return entries(company, ACCOUNT).stream()
                .filter(e -> "Bank".equals(e.detail()) || "Other Current Asset".equals(e.detail())).toList();
    }

    public List<Entry> incomeAccounts(CompanyId company) {
        return entries(company, ACCOUNT).stream().filter(e -> "Income".equals(e.detail())).toList();
    }

    /** The id of the entry of {@code kind} named {@code name} (ignoring case), or null. */
    String idByName(CompanyId company, String kind, String name) {
        if (name == null) {
            return null;
        }
        return entries(company, kind).stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(
                name.trim().toLowerCase(Locale.ROOT))).map(Entry::id).findFirst().orElse(null);
    }

    /** The code a Cove tax rate gets when none is mapped: a combined or agency code in the US, the first taxed code elsewhere. */
    String defaultTaxedCode(CompanyId company) {
        return entries(company, TAX_CODE).stream().filter(e -> "taxable".equals(e.detail())
                && !"TAX".equals(e.id()) && !"NON".equals(e.id())).map(Entry::id).sorted().findFirst().orElse(null);
    }

    /** Whether the realm was read at all (pages offer defaults only then). */
    public boolean known(CompanyId company) {
        return jdbc.sql("SELECT COUNT(*) FROM quickbooks_realms WHERE company_id = ?").param(company.value())
                .query(Long.class).single() > 0;
    }

    /** US tax model and automated sales tax of the realm as last read; empty before it was read. */
    Optional<Boolean[]> model(CompanyId company, String realmId) {
        return jdbc.sql("SELECT us, automated FROM quickbooks_realms WHERE company_id = ? AND realm_id = ?")
                .params(company.value(), realmId)
                .query((rs, n) -> new Boolean[] {rs.getBoolean(1), rs.getBoolean(2)}).optional();
    }

    private void put(CompanyId company, String kind, String id, String name, String detail) {
        jdbc.sql("INSERT INTO quickbooks_catalogue (company_id, kind, remote_id, name, detail) VALUES (?, ?, ?, ?, ?)")
                .params(company.value(), kind, id, name == null ? id : name, detail).update();
    }

    private static boolean exempt(QboTaxCode code) {
        String text = ((code.name() == null ? "" : code.name()) + " " + (code.description() == null ? "" : code.description()))
                .toLowerCase(Locale.ROOT);
        return Boolean.FALSE.equals(code.taxable()) || "fre".equals(code.name() == null ? "" : code.name().toLowerCase(Locale.ROOT))
                || text.contains("free") || text.contains("exempt");
    }

    private static String requestId(String what, CompanyId company, AccessToken token) {
        return UUID.nameUUIDFromBytes((what + ":" + company + ":" + token.accountId()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
