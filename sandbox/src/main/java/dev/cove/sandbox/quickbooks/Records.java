package dev.cove.sandbox.quickbooks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cove.sandbox.common.Company;
import dev.cove.sandbox.common.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create, read, update (full and sparse), delete and void of QBO records in one company, with
 * {@code SyncToken} checks, {@code MetaData} stamps and change notifications. Callers hold the
 * company's lock ({@link Company#atomically}).
 */
final class Records {

    private static final Set<String> SYSTEM_FIELDS = Set.of("Id", "SyncToken", "MetaData", "sparse", "domain", "status");

    private final SalesForms salesForms;
    private final Ledger ledger;
    private final ChangeListener listener;

    Records(SalesForms salesForms, Ledger ledger, ChangeListener listener) {
        this.salesForms = salesForms;
        this.ledger = ledger;
        this.listener = listener;
    }

    ObjectNode read(Company company, EntityType type, String id) {
        return company.find(type.name(), id).orElseThrow(() -> QuickBooksFault.notFound(type.name(), id));
    }

    /** A body without {@code Id} creates; with {@code Id} it updates, as QBO's POST does. */
    ObjectNode save(Company company, EntityType type, JsonNode body) {
        if (!body.isObject()) {
            throw QuickBooksFault.requiredMissing(type.name());
        }
        return Json.text(body, "Id") == null ? create(company, type, (ObjectNode) body) : update(company, type, (ObjectNode) body);
    }

    ObjectNode create(Company company, EntityType type, ObjectNode body) {
        if (type.readOnly || type == EntityType.Preferences) {
            throw QuickBooksFault.unsupported("create " + type.name());
        }
        ObjectNode node = body.deepCopy();
        SYSTEM_FIELDS.forEach(node::remove);
        Instant now = Instant.now();
        prepare(company, type, node, null);
        String id = String.valueOf(company.next(type.name()));
        ObjectNode stored = firstVersion(id, node, now);
        if (type == EntityType.Invoice) {
            stored.put("Balance", Json.decimal(stored, "TotalAmt"));
        }
        company.put(type.name(), id, stored);
        afterChange(company, type, null, stored, now);
        listener.changed(company.id(), type, id, "Create", Envelopes.stamp(now));
        return stored;
    }

    ObjectNode update(Company company, EntityType type, ObjectNode body) {
        if (type.readOnly) {
            throw QuickBooksFault.unsupported("update " + type.name());
        }
        ObjectNode existing = current(company, type, body);
        boolean sparse = body.path("sparse").asBoolean(false) || type == EntityType.Preferences;
        ObjectNode next;
        if (sparse) {
            next = existing.deepCopy();
            body.properties().forEach(e -> {
                if (!SYSTEM_FIELDS.contains(e.getKey())) {
                    next.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        else {
            next = body.deepCopy();
            SYSTEM_FIELDS.forEach(next::remove);
            if (type.list && !next.has("Active")) {
                next.put("Active", existing.path("Active").asBoolean(true));
            }
        }
        for (String field : SYSTEM_FIELDS) {
            if (existing.has(field)) {
                next.set(field, existing.get(field).deepCopy());
            }
        }
        next.put("sparse", false);
        String id = Json.text(existing, "Id");
        prepare(company, type, next, id);
        if (type == EntityType.Invoice) {
            next.set("LinkedTxn", existing.path("LinkedTxn").deepCopy());
            ledger.balanceInvoice(company, next, id);
        }
        Instant now = Instant.now();
        touch(next, now);
        company.put(type.name(), id, next);
        afterChange(company, type, existing, next, now);
        if (type == EntityType.Customer) {
            ledger.refreshCustomer(company, id);
        }
        listener.changed(company.id(), type, id, "Update", Envelopes.stamp(now));
        return next;
    }

    /** {@code ?operation=delete}: answers QBO's {@code {"status": "Deleted"}} stub. */
    ObjectNode delete(Company company, EntityType type, ObjectNode body) {
        if (!type.deletable) {
            throw QuickBooksFault.unsupported("delete " + type.name()
                    + (type.list ? "; make it inactive with Active=false instead" : ""));
        }
        ObjectNode existing = current(company, type, body);
        String id = Json.text(existing, "Id");
        Instant now = Instant.now();
        List<ObjectNode> unlinked = type == EntityType.Invoice ? ledger.unlinkInvoice(company, id, now) : List.of();
        company.remove(type.name(), id, now);
        afterChange(company, type, existing, null, now);
        unlinked.forEach(p -> listener.changed(company.id(), EntityType.Payment, Json.text(p, "Id"), "Update", Envelopes.stamp(now)));
        listener.changed(company.id(), type, id, "Delete", Envelopes.stamp(now));
        ObjectNode stub = Json.object();
        stub.put("domain", "QBO");
        stub.put("status", "Deleted");
        stub.put("Id", id);
        return stub;
    }

    /** {@code ?operation=void}: keeps the record with zero amounts and a "Voided" note. */
    ObjectNode voidTransaction(Company company, EntityType type, ObjectNode body) {
        if (!type.voidable) {
            throw QuickBooksFault.unsupported("void " + type.name());
        }
        ObjectNode existing = current(company, type, body);
        String id = Json.text(existing, "Id");
        Instant now = Instant.now();
        List<ObjectNode> unlinked = type == EntityType.Invoice ? ledger.unlinkInvoice(company, id, now) : List.of();
        ObjectNode next = existing.deepCopy();
        if (type == EntityType.Payment) {
            next.set("Line", Json.MAPPER.createArrayNode());
            next.put("UnappliedAmt", SalesForms.money(java.math.BigDecimal.ZERO));
        }
        else {
            for (JsonNode line : next.path("Line")) {
                ((ObjectNode) line).put("Amount", SalesForms.money(java.math.BigDecimal.ZERO));
                if (line.has("SalesItemLineDetail")) {
                    ((ObjectNode) line.get("SalesItemLineDetail")).put("Qty", 0);
                }
            }
            if (next.has("TxnTaxDetail")) {
                ((ObjectNode) next.get("TxnTaxDetail")).put("TotalTax", SalesForms.money(java.math.BigDecimal.ZERO));
            }
            next.put("Balance", SalesForms.money(java.math.BigDecimal.ZERO));
        }
        next.put("TotalAmt", SalesForms.money(java.math.BigDecimal.ZERO));
        next.put("PrivateNote", "Voided");
        touch(next, now);
        company.put(type.name(), id, next);
        afterChange(company, type, existing, next, now);
        unlinked.forEach(p -> listener.changed(company.id(), EntityType.Payment, Json.text(p, "Id"), "Update", Envelopes.stamp(now)));
        listener.changed(company.id(), type, id, "Void", Envelopes.stamp(now));
        return next;
    }

    /** A record as first stored: system fields first, {@code SyncToken} 0, both MetaData times now. */
    static ObjectNode firstVersion(String id, ObjectNode fields, Instant now) {
        ObjectNode stored = Json.object();
        stored.put("Id", id);
        stored.put("SyncToken", "0");
        stored.put("domain", "QBO");
        stored.put("sparse", false);
        stored.setAll(fields);
        ObjectNode meta = stored.putObject("MetaData");
        meta.put("CreateTime", Envelopes.stamp(now));
        meta.put("LastUpdatedTime", Envelopes.stamp(now));
        return stored;
    }

    /** Bumps {@code SyncToken} and {@code MetaData.LastUpdatedTime}. */
    static void touch(ObjectNode node, Instant now) {
        long token = Long.parseLong(Json.text(node, "SyncToken") == null ? "0" : Json.text(node, "SyncToken"));
        node.put("SyncToken", String.valueOf(token + 1));
        ObjectNode meta = node.has("MetaData") ? (ObjectNode) node.get("MetaData") : node.putObject("MetaData");
        meta.put("LastUpdatedTime", Envelopes.stamp(now));
    }

    private ObjectNode current(Company company, EntityType type, ObjectNode body) {
        String id = Json.text(body, "Id");
        if (id == null) {
            throw QuickBooksFault.requiredMissing("Id");
        }
        String syncToken = Json.text(body, "SyncToken");
        if (syncToken == null) {
            throw QuickBooksFault.requiredMissing("SyncToken");
        }
        ObjectNode existing = read(company, type, id);
        if (!syncToken.equals(Json.text(existing, "SyncToken"))) {
            throw QuickBooksFault.stale(type.name(), id);
        }
        return existing;
    }

    private void prepare(Company company, EntityType type, ObjectNode node, String selfId) {
        if (type.list) {
            ListRules.prepare(company, type, node, selfId);
        }
        else if (type == EntityType.Payment) {
            ledger.preparePayment(company, node, selfId);
        }
        else if (type.transaction()) {
            salesForms.prepare(company, type, node);
        }
    }

    /** Follows a change through to linked invoices and customer balances. */
    private void afterChange(Company company, EntityType type, ObjectNode before, ObjectNode after, Instant now) {
        if (!type.transaction()) {
            return;
        }
        if (type == EntityType.Payment) {
            Set<String> invoices = new HashSet<>(Ledger.invoicesOf(before));
            invoices.addAll(Ledger.invoicesOf(after));
            for (ObjectNode invoice : ledger.settle(company, invoices, now)) {
                listener.changed(company.id(), EntityType.Invoice, Json.text(invoice, "Id"), "Update",
                        Envelopes.stamp(now));
            }
        }
        if (type == EntityType.Invoice && before == null) {
            // A new invoice changes no other document: its customer's balance grows by its own.
            ledger.addToCustomer(company, Json.ref(after, "CustomerRef"), Json.decimal(after, "Balance"));
            return;
        }
        List<String> customers = new ArrayList<>();
        customers.add(Json.ref(before, "CustomerRef"));
        customers.add(Json.ref(after, "CustomerRef"));
        customers.stream().distinct().forEach(c -> ledger.refreshCustomer(company, c));
    }
}
