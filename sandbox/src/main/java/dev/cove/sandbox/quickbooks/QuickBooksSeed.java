package dev.cove.sandbox.quickbooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seed companies and the reference data every company starts with (accounts, terms, payment
 * methods, tax codes and rates, company info, preferences). Writable records go through
 * {@link Records} so they look exactly like records the API created.
 */
final class QuickBooksSeed {

    static final String US_EMPTY = "9130355000000001";
    static final String NON_US = "9130355000000002";
    static final String US_WITH_DATA = "9130355000000003";

    static final List<String> CUSTOMERS = List.of("Maria Lopez", "Oakwood HOA", "Sunset Villas");
    static final List<String> ITEMS = List.of("Weekly Pool Service", "Chlorine Tablets", "Filter Cleaning");
    static final List<String> ACCOUNTS = List.of("Business Checking", "Business Savings", "Undeposited Funds",
            "Services", "Sales of Product Income", "Accounts Receivable (A/R)");

    private final Records records;

    /** @param records a Records that notifies nobody, so seeding sends no webhooks */
    QuickBooksSeed(Records records) {
        this.records = records;
    }

    List<Company> seedCompanies() {
        return List.of(company(US_EMPTY, "Cove Sandbox US (empty)", "US", false),
                company(NON_US, "Cove Sandbox Australia (GST)", "AU", false),
                company(US_WITH_DATA, "Blue Lagoon Pools (US, with data)", "US", true));
    }

    Map<String, Object> names() {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("companies", Map.of("usEmpty", US_EMPTY, "nonUs", NON_US, "usWithData", US_WITH_DATA));
        names.put("customers", CUSTOMERS);
        names.put("items", ITEMS);
        names.put("accounts", ACCOUNTS);
        names.put("usTaxCodes", List.of("TAX", "NON"));
        names.put("nonUsTaxCodes", List.of("GST", "FRE"));
        return names;
    }

    Company company(String id, String name, String country, boolean withData) {
        boolean us = "US".equals(country);
        Company company = new Company(id, name, Map.of("country", country, "currency", us ? "USD" : currencyOf(country)));
        company.atomically(() -> {
            fixed(company, EntityType.CompanyInfo, id, companyInfo(id, name, country));
            fixed(company, EntityType.Preferences, "1", preferences(us, withData));
            for (String[] account : new String[][] {{"Business Checking", "Bank", "Checking"},
                    {"Business Savings", "Bank", "Savings"}, {"Undeposited Funds", "Other Current Asset", "UndepositedFunds"},
                    {"Services", "Income", "ServiceFeeIncome"}, {"Sales of Product Income", "Income", "SalesOfProductIncome"},
                    {"Accounts Receivable (A/R)", "Accounts Receivable", "AccountsReceivable"}}) {
                create(company, EntityType.Account, "{\"Name\":\"%s\",\"AccountType\":\"%s\",\"AccountSubType\":\"%s\"}"
                    .formatted(account[0], account[1], account[2]));
            }
            create(company, EntityType.Term, "{\"Name\":\"Due on receipt\",\"DueDays\":0,\"Type\":\"STANDARD\"}");
            create(company, EntityType.Term, "{\"Name\":\"Net 30\",\"DueDays\":30,\"Type\":\"STANDARD\"}");
            for (String method : new String[] {"Cash", "Check", "Credit Card"}) {
                create(company, EntityType.PaymentMethod, "{\"Name\":\"" + method + "\",\"Type\":\""
                        + (method.equals("Credit Card") ? "CREDIT_CARD" : "NON_CREDIT_CARD") + "\"}");
            }
            if (us) {
                usTax(company);
            }
            else {
                gst(company);
            }
            if (withData) {
                poolData(company);
            }
            return null;
        });
        return company;
    }

    private static String currencyOf(String country) {
        return switch (country) {
            case "AU" -> "AUD";
            case "GB" -> "GBP";
            case "CA" -> "CAD";
            case "NZ" -> "NZD";
            default -> "USD";
        };
    }

    private void poolData(Company company) {
        String services = accountId(company, "Services");
        String products = accountId(company, "Sales of Product Income");
        create(company, EntityType.Customer, "{\"DisplayName\":\"Maria Lopez\",\"GivenName\":\"Maria\",\"FamilyName\":\"Lopez\","
                + "\"PrimaryEmailAddr\":{\"Address\":\"maria.lopez@example.com\"},\"BillAddr\":{\"Line1\":\"12 Palm Way\","
                + "\"City\":\"Tampa\",\"CountrySubDivisionCode\":\"FL\",\"PostalCode\":\"33601\"}}");
        create(company, EntityType.Customer, "{\"DisplayName\":\"Oakwood HOA\",\"CompanyName\":\"Oakwood Homeowners Association\","
                + "\"PrimaryPhone\":{\"FreeFormNumber\":\"(813) 555-0142\"}}");
        create(company, EntityType.Customer, "{\"DisplayName\":\"Sunset Villas\",\"CompanyName\":\"Sunset Villas LLC\"}");
        create(company, EntityType.Item, "{\"Name\":\"Weekly Pool Service\",\"Type\":\"Service\",\"UnitPrice\":120,"
                + "\"Taxable\":false,\"IncomeAccountRef\":{\"value\":\"" + services + "\"}}");
        create(company, EntityType.Item, "{\"Name\":\"Chlorine Tablets\",\"Type\":\"NonInventory\",\"UnitPrice\":45,"
                + "\"Taxable\":true,\"IncomeAccountRef\":{\"value\":\"" + products + "\"}}");
        create(company, EntityType.Item, "{\"Name\":\"Filter Cleaning\",\"Type\":\"Service\",\"UnitPrice\":85,"
                + "\"Taxable\":false,\"IncomeAccountRef\":{\"value\":\"" + services + "\"}}");
    }

    private static void usTax(Company company) {
        fixed(company, EntityType.TaxRate, "1", rate("1", "Florida state sales tax", "6"));
        fixed(company, EntityType.TaxRate, "2", rate("2", "Hillsborough County surtax", "1.5"));
        fixed(company, EntityType.TaxCode, "TAX", code("TAX", "TAX", true));
        fixed(company, EntityType.TaxCode, "NON", code("NON", "NON", false));
        ObjectNode group = code("3", "Hillsborough County", true, "1", "2");
        group.put("TaxGroup", true);
        fixed(company, EntityType.TaxCode, "3", group);
        company.advance(EntityType.TaxCode.name(), 3);
        company.advance(EntityType.TaxRate.name(), 2);
    }

    private static void gst(Company company) {
        fixed(company, EntityType.TaxRate, "1", rate("1", "GST (sales)", "10"));
        fixed(company, EntityType.TaxRate, "2", rate("2", "GST free (sales)", "0"));
        fixed(company, EntityType.TaxCode, "3", code("3", "GST", true, "1"));
        fixed(company, EntityType.TaxCode, "4", code("4", "FRE", true, "2"));
        company.advance(EntityType.TaxCode.name(), 4);
        company.advance(EntityType.TaxRate.name(), 2);
    }

    private static ObjectNode rate(String id, String name, String percent) {
        ObjectNode rate = Json.object();
        rate.put("Name", name);
        rate.put("Active", true);
        rate.put("RateValue", new java.math.BigDecimal(percent));
        rate.put("SpecialTaxType", "NONE");
        rate.put("DisplayType", "ReadOnly");
        rate.putObject("AgencyRef").put("value", "1");
        return rate;
    }

    private static ObjectNode code(String id, String name, boolean taxable, String... rateIds) {
        ObjectNode code = Json.object();
        code.put("Name", name);
        code.put("Description", name);
        code.put("Active", true);
        code.put("Taxable", taxable);
        code.put("TaxGroup", false);
        var details = code.putObject("SalesTaxRateList").putArray("TaxRateDetail");
        for (String rateId : rateIds) {
            ObjectNode detail = details.addObject();
            detail.putObject("TaxRateRef").put("value", rateId);
            detail.put("TaxTypeApplicable", "TaxOnAmount");
            detail.put("TaxOrder", 0);
        }
        return code;
    }

    private static ObjectNode companyInfo(String id, String name, String country) {
        ObjectNode info = Json.object();
        info.put("CompanyName", name);
        info.put("LegalName", name);
        info.put("Country", country);
        info.putObject("CompanyAddr").put("Country", country);
        info.put("SupportedLanguages", "en");
        info.put("CompanyStartDate", "2024-01-01");
        return info;
    }

    private static ObjectNode preferences(boolean us, boolean automatedSalesTax) {
        ObjectNode prefs = Json.object();
        ObjectNode tax = prefs.putObject("TaxPrefs");
        tax.put("UsingSalesTax", true);
        tax.put("PartnerTaxEnabled", us && automatedSalesTax);
        ObjectNode products = prefs.putObject("ProductAndServicesPrefs");
        products.put("ForSales", true);
        products.put("QuantityOnHand", false);
        ObjectNode sales = prefs.putObject("SalesFormsPrefs");
        sales.put("CustomTxnNumbers", false);
        prefs.putObject("CurrencyPrefs").putObject("HomeCurrency").put("value", us ? "USD" : "AUD");
        return prefs;
    }

    private static String accountId(Company company, String name) {
        return company.all(EntityType.Account.name()).stream().filter(a -> name.equals(Json.text(a, "Name")))
            .map(a -> Json.text(a, "Id")).findFirst().orElseThrow();
    }

    private void create(Company company, EntityType type, String json) {
        records.create(company, type, Json.readObject(json));
    }

    /** Stores a record the API cannot create (company info, preferences, tax codes and rates). */
    private static void fixed(Company company, EntityType type, String id, ObjectNode body) {
        company.put(type.name(), id, Records.firstVersion(id, body, Instant.now()));
    }
}
