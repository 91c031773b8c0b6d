package dev.cove.sandbox.quickbooks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invoice, CreditMemo and RefundReceipt: required fields, line amounts ({@code Amount = Qty x UnitPrice}),
 * the subtotal line, tax under the US or the non-US model, totals and document numbers.
 */
final class SalesForms {

    private final SalesTax tax;

    SalesForms(SalesTax tax) {
        this.tax = tax;
    }

    /** Completes {@code node} in place: the caller's own copy of the record about to be stored. */
    void prepare(Company company, EntityType type, ObjectNode node) {
        if (type == EntityType.RefundReceipt) {
            ObjectNode account = References.require(company, node, "DepositToAccountRef", EntityType.Account);
            References.named(node, "DepositToAccountRef", account, "Name");
            ObjectNode customer = References.optional(company, node, "CustomerRef", EntityType.Customer);
            if (customer != null) {
                References.named(node, "CustomerRef", customer, "DisplayName");
            }
        }
        else {
            ObjectNode customer = References.require(company, node, "CustomerRef", EntityType.Customer);
            References.named(node, "CustomerRef", customer, "DisplayName");
        }
        JsonNode lines = node.get("Line");
        if (lines == null || !lines.isArray() || lines.isEmpty()) {
            throw QuickBooksFault.requiredMissing("Line");
        }
        ArrayNode kept = Json.MAPPER.createArrayNode();
        BigDecimal subtotal = BigDecimal.ZERO;
        int number = 0;
        for (JsonNode raw : lines) {
            String detailType = Json.text(raw, "DetailType");
            if ("SubTotalLineDetail".equals(detailType)) {
                continue;
            }
            ObjectNode line = raw.isObject() ? (ObjectNode) raw : Json.object();
            number++;
            line.put("Id", String.valueOf(number));
            line.put("LineNum", number);
            if ("SalesItemLineDetail".equals(detailType)) {
                subtotal = subtotal.add(salesLine(company, line));
            }
            else if (!"DescriptionOnly".equals(detailType)) {
                throw QuickBooksFault.requiredMissing("Line.DetailType");
            }
            kept.add(line);
        }
        ObjectNode subtotalLine = kept.addObject();
        subtotalLine.put("Amount", money(subtotal));
        subtotalLine.put("DetailType", "SubTotalLineDetail");
        subtotalLine.putObject("SubTotalLineDetail");
        node.set("Line", kept);

        BigDecimal totalTax = tax.apply(company, node);
        boolean inclusive = "TaxInclusive".equals(Json.text(node, "GlobalTaxCalculation"));
        BigDecimal total = inclusive ? subtotal : subtotal.add(totalTax);
        node.put("TotalAmt", money(total));
        dates(company, type, node);
        if (Json.text(node, "DocNumber") == null) {
            node.put("DocNumber", String.valueOf(1000 + company.next("DocNumber:" + type.name())));
        }
        node.set("CurrencyRef", currency(company));
        if (type == EntityType.CreditMemo) {
            node.put("RemainingCredit", money(total));
            node.put("Balance", money(total));
        }
        else if (type == EntityType.RefundReceipt) {
            node.put("Balance", BigDecimal.ZERO);
        }
    }

    private BigDecimal salesLine(Company company, ObjectNode line) {
        JsonNode detailNode = line.get("SalesItemLineDetail");
        if (detailNode == null || !detailNode.isObject()) {
            throw QuickBooksFault.requiredMissing("SalesItemLineDetail");
        }
        ObjectNode detail = (ObjectNode) detailNode;
        ObjectNode item = References.require(company, detail, "ItemRef", EntityType.Item);
        References.named(detail, "ItemRef", item, "Name");
        BigDecimal qty = Json.decimal(detail, "Qty");
        BigDecimal price = Json.decimal(detail, "UnitPrice");
        BigDecimal amount = Json.decimal(line, "Amount");
        if (amount == null) {
            if (price == null) {
                price = Json.decimal(item, "UnitPrice") == null ? BigDecimal.ZERO : Json.decimal(item, "UnitPrice");
                detail.put("UnitPrice", price);
            }
            if (qty == null) {
                qty = BigDecimal.ONE;
                detail.put("Qty", qty);
            }
            amount = qty.multiply(price);
        }
        else if (qty != null && price != null && qty.multiply(price).compareTo(amount) != 0
                && money(qty.multiply(price)).compareTo(money(amount)) != 0) {
            throw QuickBooksFault.business("Amount is not equal to UnitPrice * Qty. Supplied value:" + amount.toPlainString());
        }
        line.put("Amount", money(amount));
        tax.defaultLineCode(company, detail, item);
        return money(amount);
    }

    private static void dates(Company company, EntityType type, ObjectNode node) {
        LocalDate today = ZonedDateTime.now(Envelopes.INTUIT_ZONE).toLocalDate();
        if (Json.text(node, "TxnDate") == null) {
            node.put("TxnDate", today.toString());
        }
        if (type == EntityType.Invoice && Json.text(node, "DueDate") == null) {
            LocalDate txnDate = parseDate(Json.text(node, "TxnDate"), today);
            int dueDays = 0;
            ObjectNode term = References.optional(company, node, "SalesTermRef", EntityType.Term);
            if (term != null) {
                dueDays = term.path("DueDays").asInt(0);
                References.named(node, "SalesTermRef", term, "Name");
            }
            node.put("DueDate", txnDate.plusDays(dueDays).toString());
        }
    }

    private static LocalDate parseDate(String text, LocalDate fallback) {
        try {
            return LocalDate.parse(text);
        }
        catch (RuntimeException unparsable) {
            throw QuickBooksFault.business("TxnDate is not a valid date (yyyy-MM-dd): " + text);
        }
    }

    static ObjectNode currency(Company company) {
        ObjectNode ref = Json.object();
        ref.put("value", company.traits().getOrDefault("currency", "USD"));
        return ref;
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
