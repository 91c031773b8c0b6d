package dev.cove.sandbox.quickbooks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two QBO tax models. US companies mark lines {@code TAX} or {@code NON} and tax the taxable
 * subtotal with the transaction's {@code TxnTaxCodeRef}, or with automated sales tax (AST, switched by
 * {@code Preferences.TaxPrefs.PartnerTaxEnabled}), which also accepts an explicit {@code TotalTax}.
 * Non-US companies must put a real tax code on every line (else 6000) and are taxed per line.
 */
final class SalesTax {

    private static final Set<String> US_LINE_CODES = Set.of("TAX", "NON");
    private final BigDecimal automatedPercent;

    SalesTax(BigDecimal automatedPercent) {
        this.automatedPercent = automatedPercent;
    }

    static boolean us(Company company) {
        return "US".equals(company.traits().get("country"));
    }

    /** Fills the line's tax code where QBO would (US only: from the item's Taxable flag). */
    void defaultLineCode(Company company, ObjectNode detail, ObjectNode item) {
        String code = Json.ref(detail, "TaxCodeRef");
        if (us(company)) {
            if (code == null) {
                ObjectNode ref = detail.putObject("TaxCodeRef");
                ref.put("value", item.path("Taxable").asBoolean(false) ? "TAX" : "NON");
            }
            else if (!US_LINE_CODES.contains(code)) {
                throw QuickBooksFault.business("Invalid line tax code " + code + "; a US company uses TAX or NON");
            }
        }
        else if (code == null) {
            throw QuickBooksFault.business("Make sure all your transactions have a GST/HST/VAT rate before you save.");
        }
        else {
            References.resolve(company, "TaxCodeRef", code, EntityType.TaxCode);
        }
    }

    /** Computes {@code TxnTaxDetail} and returns the total tax. */
    BigDecimal apply(Company company, ObjectNode form) {
        ObjectNode detail = form.has("TxnTaxDetail") && form.get("TxnTaxDetail").isObject()
                ? (ObjectNode) form.get("TxnTaxDetail") : form.putObject("TxnTaxDetail");
        BigDecimal total = us(company) ? usTax(company, form, detail) : perLineTax(company, form);
        detail.put("TotalTax", SalesForms.money(total));
        return SalesForms.money(total);
    }

    private BigDecimal usTax(Company company, ObjectNode form, ObjectNode detail) {
        BigDecimal taxable = BigDecimal.ZERO;
        for (JsonNode line : form.path("Line")) {
            if ("TAX".equals(Json.ref(line.path("SalesItemLineDetail"), "TaxCodeRef"))) {
                taxable = taxable.add(Json.decimal(line, "Amount"));
            }
        }
        boolean automated = company.find(EntityType.Preferences.name(), "1")
            .map(p -> p.path("TaxPrefs").path("PartnerTaxEnabled").asBoolean(false)).orElse(false);
        if (automated) {
            BigDecimal explicit = Json.decimal(detail, "TotalTax");
            return explicit != null ? explicit : percent(taxable, automatedPercent);
        }
        ObjectNode code = References.optional(company, detail, "TxnTaxCodeRef", EntityType.TaxCode);
        return code == null ? BigDecimal.ZERO : percent(taxable, rateOf(company, code));
    }

    private BigDecimal perLineTax(Company company, ObjectNode form) {
        if ("NotApplicable".equals(Json.text(form, "GlobalTaxCalculation"))) {
            return BigDecimal.ZERO;
        }
        boolean inclusive = "TaxInclusive".equals(Json.text(form, "GlobalTaxCalculation"));
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode line : form.path("Line")) {
            String codeId = Json.ref(line.path("SalesItemLineDetail"), "TaxCodeRef");
            if (codeId == null) {
                continue;
            }
            BigDecimal rate = rateOf(company, References.resolve(company, "TaxCodeRef", codeId, EntityType.TaxCode));
            BigDecimal amount = Json.decimal(line, "Amount");
            total = total.add(inclusive
                    ? amount.subtract(amount.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(100).add(rate), 2, RoundingMode.HALF_UP))
                    : percent(amount, rate));
        }
        return total;
    }

    /** Sum of the sales rates a tax code lists, in percent. */
    private static BigDecimal rateOf(Company company, ObjectNode code) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode rateDetail : code.path("SalesTaxRateList").path("TaxRateDetail")) {
            String rateId = Json.ref(rateDetail, "TaxRateRef");
            BigDecimal value = company.find(EntityType.TaxRate.name(), rateId == null ? "" : rateId)
                .map(rate -> Json.decimal(rate, "RateValue")).orElse(null);
            if (value != null) {
                sum = sum.add(value);
            }
        }
        return sum;
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
