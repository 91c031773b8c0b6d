package dev.cove.sandbox.quickbooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Payments against invoices: a payment's lines link to invoices ({@code LinkedTxn}), which lowers
 * their {@code Balance}, links the payment back on the invoice and bumps the invoice's
 * {@code SyncToken}; what is not applied stays in {@code UnappliedAmt}. Customer balances follow.
 */
final class Ledger {

    void preparePayment(Company company, ObjectNode payment, String selfId) {
        ObjectNode customer = References.require(company, payment, "CustomerRef", EntityType.Customer);
        References.named(payment, "CustomerRef", customer, "DisplayName");
        BigDecimal total = Json.decimal(payment, "TotalAmt");
        if (total == null) {
            throw QuickBooksFault.requiredMissing("TotalAmt");
        }
        if (total.signum() < 0) {
            throw QuickBooksFault.business("TotalAmt cannot be negative");
        }
        BigDecimal applied = BigDecimal.ZERO;
        ArrayNode lines = Json.MAPPER.createArrayNode();
        for (JsonNode line : payment.path("Line")) {
            BigDecimal amount = Json.decimal(line, "Amount");
            if (amount == null || amount.signum() <= 0) {
                throw QuickBooksFault.business("Each payment line needs a positive Amount");
            }
            for (JsonNode linked : line.path("LinkedTxn")) {
                if (!"Invoice".equals(Json.text(linked, "TxnType"))) {
                    throw QuickBooksFault.business("A payment line can only be linked to an Invoice here");
                }
                String invoiceId = Json.text(linked, "TxnId");
                ObjectNode invoice = References.resolve(company, "LinkedTxn.TxnId", String.valueOf(invoiceId), EntityType.Invoice);
                if (!Objects.equals(Json.ref(invoice, "CustomerRef"), Json.text(customer, "Id"))) {
                    throw QuickBooksFault.business("Invoice " + invoiceId + " belongs to another customer");
                }
                BigDecimal open = Json.decimal(invoice, "TotalAmt").subtract(appliedTo(company, invoiceId, selfId));
                if (amount.compareTo(open) > 0) {
                    throw QuickBooksFault.business("The payment amount " + amount + " exceeds the open balance " + open
                            + " of invoice " + invoiceId);
                }
            }
            applied = applied.add(amount);
            ObjectNode copy = ((ObjectNode) line).deepCopy();
            copy.put("Amount", SalesForms.money(amount));
            lines.add(copy);
        }
        if (applied.compareTo(total) > 0) {
            throw QuickBooksFault.business("The amounts applied (" + applied + ") exceed the payment total (" + total + ")");
        }
        payment.set("Line", lines);
        payment.put("TotalAmt", SalesForms.money(total));
        payment.put("UnappliedAmt", SalesForms.money(total.subtract(applied)));
        payment.set("CurrencyRef", SalesForms.currency(company));
        if (Json.text(payment, "TxnDate") == null) {
            payment.put("TxnDate", java.time.ZonedDateTime.now(Envelopes.INTUIT_ZONE).toLocalDate().toString());
        }
        if (Json.ref(payment, "DepositToAccountRef") == null) {
            company.all(EntityType.Account.name()).stream()
                .filter(a -> "Undeposited Funds".equals(Json.text(a, "Name"))).findFirst()
                .ifPresent(a -> References.named(payment, "DepositToAccountRef", a, "Name"));
        }
    }

    /** Sets an invoice's balance from its total and the payments applied to it; 6000 if they exceed it. */
    void balanceInvoice(Company company, ObjectNode invoice, String invoiceId) {
        BigDecimal applied = invoiceId == null ? BigDecimal.ZERO : appliedTo(company, invoiceId, null);
        BigDecimal total = Json.decimal(invoice, "TotalAmt");
        if (applied.compareTo(total) > 0) {
            throw QuickBooksFault.business("The invoice total cannot be less than the payments applied to it (" + applied + ")");
        }
        invoice.put("Balance", SalesForms.money(total.subtract(applied)));
    }

    /** Invoices a payment links to. */
    static Set<String> invoicesOf(JsonNode payment) {
        Set<String> ids = new LinkedHashSet<>();
        if (payment != null) {
            for (JsonNode line : payment.path("Line")) {
                for (JsonNode linked : line.path("LinkedTxn")) {
                    if ("Invoice".equals(Json.text(linked, "TxnType"))) {
                        ids.add(Json.text(linked, "TxnId"));
                    }
                }
            }
        }
        return ids;
    }

    /** Recomputes the given invoices after their payments changed; returns the invoices that changed. */
    List<ObjectNode> settle(Company company, Set<String> invoiceIds, Instant now) {
        List<ObjectNode> changed = new ArrayList<>();
        for (String id : invoiceIds) {
            ObjectNode invoice = company.find(EntityType.Invoice.name(), id).orElse(null);
            if (invoice == null) {
                continue;
            }
            ArrayNode links = Json.MAPPER.createArrayNode();
            for (ObjectNode payment : company.all(EntityType.Payment.name())) {
                if (invoicesOf(payment).contains(id)) {
                    ObjectNode link = links.addObject();
                    link.put("TxnId", Json.text(payment, "Id"));
                    link.put("TxnType", "Payment");
                }
            }
            BigDecimal balance = SalesForms.money(Json.decimal(invoice, "TotalAmt").subtract(appliedTo(company, id, null)));
            boolean same = balance.compareTo(Json.decimal(invoice, "Balance")) == 0 && links.equals(invoice.path("LinkedTxn"));
            if (!same) {
                invoice.put("Balance", balance);
                invoice.set("LinkedTxn", links);
                Records.touch(invoice, now);
                changed.add(invoice);
            }
        }
        return changed;
    }

    /** Drops the lines of every payment that point at an invoice that is going away. */
    List<ObjectNode> unlinkInvoice(Company company, String invoiceId, Instant now) {
        List<ObjectNode> changed = new ArrayList<>();
        for (ObjectNode payment : company.all(EntityType.Payment.name())) {
            if (!invoicesOf(payment).contains(invoiceId)) {
                continue;
            }
            ArrayNode kept = Json.MAPPER.createArrayNode();
            BigDecimal applied = BigDecimal.ZERO;
            for (JsonNode line : payment.path("Line")) {
                if (!linksTo(line, invoiceId)) {
                    kept.add(line);
                    applied = applied.add(Json.decimal(line, "Amount"));
                }
            }
            payment.set("Line", kept);
            payment.put("UnappliedAmt", SalesForms.money(Json.decimal(payment, "TotalAmt").subtract(applied)));
            Records.touch(payment, now);
            changed.add(payment);
        }
        return changed;
    }

    private static boolean linksTo(JsonNode line, String invoiceId) {
        for (JsonNode linked : line.path("LinkedTxn")) {
            if ("Invoice".equals(Json.text(linked, "TxnType")) && invoiceId.equals(Json.text(linked, "TxnId"))) {
                return true;
            }
        }
        return false;
    }

    /** Customer balance: open invoices less unapplied payments and remaining credit. */
    void refreshCustomer(Company company, String customerId) {
        ObjectNode customer = customerId == null ? null : company.find(EntityType.Customer.name(), customerId).orElse(null);
        if (customer == null) {
            return;
        }
        BigDecimal balance = sum(company, EntityType.Invoice, customerId, "Balance")
            .subtract(sum(company, EntityType.Payment, customerId, "UnappliedAmt"))
            .subtract(sum(company, EntityType.CreditMemo, customerId, "RemainingCredit"));
        balance(customer, balance);
    }

    /** Adds {@code amount} to a customer's balance, as a new invoice of its own does. */
    void addToCustomer(Company company, String customerId, BigDecimal amount) {
        ObjectNode customer = customerId == null ? null : company.find(EntityType.Customer.name(), customerId).orElse(null);
        if (customer == null || amount == null) {
            return;
        }
        balance(customer, Objects.requireNonNullElse(Json.decimal(customer, "Balance"), BigDecimal.ZERO).add(amount));
    }

    private static void balance(ObjectNode customer, BigDecimal balance) {
        customer.put("Balance", SalesForms.money(balance));
        customer.put("BalanceWithJobs", SalesForms.money(balance));
    }

    private static BigDecimal sum(Company company, EntityType type, String customerId, String field) {
        return company.referring(type.name(), "CustomerRef", customerId).stream()
            .map(n -> Json.decimal(n, field)).filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal appliedTo(Company company, String invoiceId, String exceptPaymentId) {
        BigDecimal applied = BigDecimal.ZERO;
        for (ObjectNode payment : company.all(EntityType.Payment.name())) {
            if (Objects.equals(Json.text(payment, "Id"), exceptPaymentId)) {
                continue;
            }
            for (JsonNode line : payment.path("Line")) {
                for (JsonNode linked : line.path("LinkedTxn")) {
                    if ("Invoice".equals(Json.text(linked, "TxnType")) && invoiceId.equals(Json.text(linked, "TxnId"))) {
                        applied = applied.add(Json.decimal(line, "Amount"));
                    }
                }
            }
        }
        return applied;
    }
}
