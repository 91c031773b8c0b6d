package dev.cove.integrations.quickbooks;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.invoicing.InvoiceBadge;
import dev.cove.invoicing.InvoiceBadges;
import dev.cove.shared.CompanyId;

/**
 * The invoice page's QuickBooks mark: "QuickBooks #1001" once linked, "QuickBooks: pending" while
 * queued, "QuickBooks sync failed" with QuickBooks' message on hover; nothing for an invoice never queued.
 */
@Component
class QuickBooksInvoiceBadges implements InvoiceBadges {

    static final String ID = "quickbooks-status";

    private final SyncRequests requests;
    private final OutboundRecords records;

    QuickBooksInvoiceBadges(SyncRequests requests, OutboundRecords records) {
        this.requests = requests;
        this.records = records;
    }

    @Override
    public List<InvoiceBadge> badgesFor(CompanyId company, UUID invoiceId) {
        return requests.status(company, Provider.QUICKBOOKS, RecordType.INVOICE, invoiceId).map(s -> {
            if (s.failed()) {
                return new InvoiceBadge(ID, "QuickBooks sync failed", s.errorMessage());
            }
            if (s.synced() && s.remoteId() != null) {
                return new InvoiceBadge(ID, "QuickBooks #" + records.docNumber(company, invoiceId),
                        "Linked to QuickBooks invoice " + s.remoteId());
            }
            if (s.synced()) {
                return null;
            }
            return new InvoiceBadge(ID, "QuickBooks: pending", s.errorMessage());
        }).map(List::of).orElse(List.of());
    }
}
