package dev.cove.integrations.quickbooks;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.integrations.Provider;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.integrations.sync.SyncStatus;
import dev.cove.shared.CompanyId;

/**
 * The QuickBooks panel of Settings → Integrations → QuickBooks (loaded into the tab by htmx):
 * unsynced sent and paid invoices, failed records with QuickBooks' message, "Sync invoices now"
 * (retry failed invoices) and "Sync all invoices" (queue every unsynced one).
 */
@Controller
class QuickBooksPages {

    /** One unsynced invoice row. */
    record Unsynced(UUID id, String state, String message) {
    }

    private final SyncRequests requests;
    private final OutboundRecords records;

    QuickBooksPages(SyncRequests requests, OutboundRecords records) {
        this.requests = requests;
        this.records = records;
    }

    @GetMapping("/settings/integrations/quickbooks/panel")
    String panel(CompanyId company, Model model) {
        model.addAttribute("unsynced", unsynced(company));
        model.addAttribute("failed", requests.failed(company, Provider.QUICKBOOKS, 50));
        return "quickbooks/panel :: panel";
    }

    @PostMapping("/settings/integrations/quickbooks/sync-invoices")
    String retryInvoices(CompanyId company, RedirectAttributes redirect) {
        int retried = requests.retryFailed(company, Provider.QUICKBOOKS, RecordType.INVOICE);
        redirect.addFlashAttribute("flash", retried + " invoice(s) queued for QuickBooks again.");
        return "redirect:/settings/integrations/quickbooks";
    }

    @PostMapping("/settings/integrations/quickbooks/sync-all-invoices")
    String syncAllInvoices(CompanyId company, RedirectAttributes redirect) {
        List<UUID> ids = unsynced(company).stream().map(Unsynced::id).toList();
        requests.queue(company, Provider.QUICKBOOKS, RecordType.INVOICE, ids);
        redirect.addFlashAttribute("flash", ids.size() + " unsynced invoice(s) queued for QuickBooks.");
        return "redirect:/settings/integrations/quickbooks";
    }

    private List<Unsynced> unsynced(CompanyId company) {
        return records.sentOrPaidInvoices(company).stream().map(id -> new Unsynced(id,
                requests.status(company, Provider.QUICKBOOKS, RecordType.INVOICE, id).map(SyncStatus::state).orElse("NOT_QUEUED"),
                requests.status(company, Provider.QUICKBOOKS, RecordType.INVOICE, id).map(SyncStatus::errorMessage).orElse(null)))
                .filter(u -> !"SYNCED".equals(u.state())).toList();
    }
}
