package dev.cove.sandbox.quickbooks;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.node.ObjectNode;

/** Validation and derived fields of QBO list entities (names, uniqueness, required references). */
final class ListRules {

    private static final Map<String, String> CLASSIFICATIONS = Map.of("Bank", "Asset", "Other Current Asset", "Asset",
            "Accounts Receivable", "Asset", "Fixed Asset", "Asset", "Income", "Revenue", "Other Income", "Revenue",
            "Expense", "Expense", "Cost of Goods Sold", "Expense", "Other Current Liability", "Liability",
            "Equity", "Equity");

    private ListRules() {
    }

    static void prepare(Company company, EntityType type, ObjectNode node, String selfId) {
        if (!node.has("Active") || node.get("Active").isNull()) {
            node.put("Active", true);
        }
        switch (type) {
            case Customer -> customer(company, node, selfId);
            case Item -> item(company, node, selfId);
            case Account -> account(company, node, selfId);
            case Term -> named(company, type, node, selfId, "Name", "term");
            case PaymentMethod -> {
                named(company, type, node, selfId, "Name", "payment method");
                node.put("Type", Json.text(node, "Type") == null ? "NON_CREDIT_CARD" : Json.text(node, "Type"));
            }
            default -> {
            }
        }
    }

    private static void customer(Company company, ObjectNode node, String selfId) {
        String display = Json.text(node, "DisplayName");
        if (display == null || display.isBlank()) {
            display = Stream.of("Title", "GivenName", "MiddleName", "FamilyName", "Suffix")
                .map(f -> Json.text(node, f)).filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" "));
            if (display.isBlank()) {
                display = Json.text(node, "CompanyName");
            }
            if (display == null || display.isBlank()) {
                throw QuickBooksFault.requiredMissing("DisplayName");
            }
            node.put("DisplayName", display);
        }
        if (display.contains(":")) {
            throw QuickBooksFault.duplicateName("customer (names cannot contain a colon)");
        }
        unique(company, EntityType.Customer, "DisplayName", display, selfId, "customer, vendor or employee");
        node.put("FullyQualifiedName", display);
        node.put("PrintOnCheckName", Json.text(node, "PrintOnCheckName") == null ? display : Json.text(node, "PrintOnCheckName"));
        if (!node.has("Balance")) {
            node.put("Balance", BigDecimal.ZERO);
            node.put("BalanceWithJobs", BigDecimal.ZERO);
        }
        node.put("Job", false);
        ObjectNode term = References.optional(company, node, "SalesTermRef", EntityType.Term);
        if (term != null) {
            References.named(node, "SalesTermRef", term, "Name");
        }
    }

    private static void item(Company company, ObjectNode node, String selfId) {
        named(company, EntityType.Item, node, selfId, "Name", "item");
        String type = Json.text(node, "Type") == null ? "Service" : Json.text(node, "Type");
        node.put("Type", type);
        if (!type.equals("Category")) {
            ObjectNode income = References.require(company, node, "IncomeAccountRef", EntityType.Account);
            References.named(node, "IncomeAccountRef", income, "Name");
        }
        if (type.equals("Inventory")) {
            boolean tracked = company.find(EntityType.Preferences.name(), "1")
                .map(p -> p.path("ProductAndServicesPrefs").path("QuantityOnHand").asBoolean(false)).orElse(false);
            if (!tracked) {
                throw QuickBooksFault.business("Inventory items need inventory tracking switched on in Preferences");
            }
            for (String field : new String[] {"QtyOnHand", "InvStartDate"}) {
                if (Json.text(node, field) == null) {
                    throw QuickBooksFault.requiredMissing(field);
                }
            }
            References.require(company, node, "AssetAccountRef", EntityType.Account);
            References.require(company, node, "ExpenseAccountRef", EntityType.Account);
            node.put("TrackQtyOnHand", true);
        }
        if (!node.has("UnitPrice")) {
            node.put("UnitPrice", BigDecimal.ZERO);
        }
        if (!node.has("Taxable")) {
            node.put("Taxable", false);
        }
    }

    private static void account(Company company, ObjectNode node, String selfId) {
        named(company, EntityType.Account, node, selfId, "Name", "account");
        String accountType = Json.text(node, "AccountType");
        if (accountType == null) {
            throw QuickBooksFault.requiredMissing("AccountType");
        }
        node.put("Classification", CLASSIFICATIONS.getOrDefault(accountType, "Asset"));
        if (!node.has("CurrentBalance")) {
            node.put("CurrentBalance", BigDecimal.ZERO);
        }
        node.put("SubAccount", false);
    }

    private static void named(Company company, EntityType type, ObjectNode node, String selfId, String field, String what) {
        String name = Json.text(node, field);
        if (name == null || name.isBlank()) {
            throw QuickBooksFault.requiredMissing(field);
        }
        unique(company, type, field, name, selfId, what);
        node.put("FullyQualifiedName", name);
    }

    /** QBO compares names without regard to case or surrounding blanks, and counts inactive records too. */
    private static void unique(Company company, EntityType type, String field, String name, String selfId, String what) {
        boolean taken = company.named(type.name(), field, name).stream()
            .anyMatch(other -> !Json.text(other, "Id").equals(selfId));
        if (taken) {
            throw QuickBooksFault.duplicateName(what);
        }
    }
}
