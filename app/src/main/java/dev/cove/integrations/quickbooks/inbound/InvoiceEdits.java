package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.integrations.quickbooks.PayloadHash;
import dev.cove.integrations.quickbooks.QboInvoice;
import dev.cove.integrations.sync.InboundLinks;
import dev.cove.integrations.sync.RecordType;
import dev.cove.invoicing.InvoiceBadge;
import dev.cove.invoicing.InvoiceBadges;
import dev.cove.shared.CompanyId;

/**
 * Invoices are Cove's: edits made in QuickBooks never flow back, but a synced invoice whose QuickBooks
 * copy changed is flagged "changed in QuickBooks". A version is Cove's own when it is the one Cove last
 * pushed; a new version whose editable content (customer, dates, number, lines, tax, memo) equals the
 * last one seen is a payment applied to it, no edit. Cove pushing the invoice again clears the flag.
 */
@Component
class InvoiceEdits implements InvoiceBadges {

    /** A flagged invoice: when QuickBooks changed it and to which version. */
    record Flag(UUID invoiceId, String remoteId, String version, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final InboundLinks links;

    InvoiceEdits(JdbcClient jdbc, InboundLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    /** Joins the caller's transaction. */
    void seen(CompanyId company, QboInvoice remote) {
        Optional<InboundLinks.Snapshot> link = links.byRemoteId(company, Provider.QUICKBOOKS, RecordType.INVOICE,
                remote.id());
        if (link.isEmpty() || link.get().remoteVersion() == null) {
            return;
        }
        InboundLinks.Snapshot l = link.get();
        String content = content(remote);
        if (remote.syncToken() != null && remote.syncToken().equals(l.remoteVersion())) {
            upsert(company, l.localId(), remote.id());
            jdbc.sql("UPDATE quickbooks_invoice_edits SET seen_version = ?, content_hash = ?, changed_version = NULL, "
                    + "changed_at = NULL WHERE company_id = ? AND invoice_id = ?")
                    .params(remote.syncToken(), content, company.value(), l.localId()).update();
            return;
        }
        if (l.localChangePending()) {
            throw new ChangeDeferred("Cove is pushing invoice " + l.localId() + " right now");
        }
        Optional<String> known = jdbc.sql("SELECT content_hash FROM quickbooks_invoice_edits WHERE company_id = ? "
                + "AND invoice_id = ?").params(company.value(), l.localId()).query(String.class).optional();
        upsert(company, l.localId(), remote.id());
        if (known.isPresent() && content.equals(known.get())) {
            jdbc.sql("UPDATE quickbooks_invoice_edits SET seen_version = ? WHERE company_id = ? AND invoice_id = ?")
                    .params(remote.syncToken(), company.value(), l.localId()).update();
            return;
        }
        OffsetDateTime at = remote.metaData() != null && remote.metaData().lastUpdatedTime() != null
                ? remote.metaData().lastUpdatedTime() : OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("UPDATE quickbooks_invoice_edits SET changed_version = ?, changed_at = ?, seen_version = ?, "
                + "content_hash = ? WHERE company_id = ? AND invoice_id = ?")
                .params(remote.syncToken(), at, remote.syncToken(), content, company.value(), l.localId()).update();
    }

    Optional<Flag> flag(CompanyId company, UUID invoiceId) {
        return jdbc.sql("SELECT invoice_id, remote_id, changed_version, changed_at FROM quickbooks_invoice_edits "
                + "WHERE company_id = ? AND invoice_id = ? AND changed_at IS NOT NULL").params(company.value(), invoiceId)
                .query((rs, n) -> new Flag(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())).optional();
    }

    List<Flag> flags(CompanyId company) {
        return jdbc.sql("SELECT invoice_id, remote_id, changed_version, changed_at FROM quickbooks_invoice_edits "
                + "WHERE company_id = ? AND changed_at IS NOT NULL ORDER BY changed_at DESC").param(company.value())
                .query((rs, n) -> new Flag(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant())).list();
    }

    @Override
    public List<InvoiceBadge> badgesFor(CompanyId company, UUID invoiceId) {
        return flag(company, invoiceId).map(f -> List.of(new InvoiceBadge("quickbooks-changed", "Changed in QuickBooks",
                "Someone edited this invoice in QuickBooks on " + f.changedAt() + ". Cove keeps its own version; "
                        + "sending or updating the invoice here overwrites the QuickBooks copy."))).orElse(List.of());
    }

    private void upsert(CompanyId company, UUID invoiceId, String remoteId) {
        int updated = jdbc.sql("UPDATE quickbooks_invoice_edits SET remote_id = ? WHERE company_id = ? AND invoice_id = ?")
                .params(remoteId, company.value(), invoiceId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO quickbooks_invoice_edits (company_id, invoice_id, remote_id) VALUES (?, ?, ?)")
                    .params(company.value(), invoiceId, remoteId).update();
        }
    }

    /** The invoice without what QuickBooks computes or what payments change. */
    private static String content(QboInvoice i) {
        return PayloadHash.of(new QboInvoice(i.id(), null, i.docNumber(), i.customerRef(), i.txnDate(), i.dueDate(),
                i.salesTermRef(), i.billEmail(), i.line(), i.txnTaxDetail(), i.globalTaxCalculation(), null, null, null,
                i.privateNote(), null));
    }
}
