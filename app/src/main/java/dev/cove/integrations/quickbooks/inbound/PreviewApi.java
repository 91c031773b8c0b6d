package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.RecordNotFound;

/**
 * The pre-sync preview and the "changed in QuickBooks" flags over the REST API. {@code POST .../accept}
 * takes {@code {"choices": [{"type": "Customer", "coveId": "...", "action": "LINK|CREATE|SKIP",
 * "remoteId": "..."}]}}; records without a choice keep the proposal, conflicts need one.
 */
@ApiController("/api/v1/integrations/quickbooks")
class PreviewApi {

    record PreviewView(String state, String realm, String message, Instant readAt, UUID syncRunId,
            List<PreviewRecord> records, List<PreviewRemote> quickBooksRecords) {
    }

    record AcceptRequest(List<PreviewChoice> choices) {
    }

    record ChangedInvoice(UUID invoiceId, String remoteId, String version, Instant changedAt) {
    }

    private final QuickBooksPreview preview;
    private final PreviewAcceptance acceptance;
    private final InvoiceEdits edits;

    PreviewApi(QuickBooksPreview preview, PreviewAcceptance acceptance, InvoiceEdits edits) {
        this.preview = preview;
        this.acceptance = acceptance;
        this.edits = edits;
    }

    @GetMapping("/preview")
    PreviewView preview(CompanyId company) {
        return view(company);
    }

    @PostMapping("/preview/accept")
    ResponseEntity<PreviewView> accept(CompanyId company, @RequestBody AcceptRequest request) {
        acceptance.accept(company, request.choices());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(company));
    }

    /** Synced invoices someone edited in QuickBooks, newest first. */
    @GetMapping("/changed-invoices")
    List<ChangedInvoice> changedInvoices(CompanyId company) {
        return edits.flags(company).stream().map(f -> new ChangedInvoice(f.invoiceId(), f.remoteId(), f.version(),
                f.changedAt())).toList();
    }

    @GetMapping("/changed-invoices/{invoiceId}")
    ChangedInvoice changedInvoice(CompanyId company, @PathVariable UUID invoiceId) {
        return edits.flag(company, invoiceId).map(f -> new ChangedInvoice(f.invoiceId(), f.remoteId(), f.version(),
                f.changedAt())).orElseThrow(() -> new RecordNotFound("No QuickBooks change flagged on invoice " + invoiceId));
    }

    private PreviewView view(CompanyId company) {
        QuickBooksPreview.Summary s = preview.find(company)
                .orElseThrow(() -> new RecordNotFound("QuickBooks has not been connected, so there is no preview"));
        return new PreviewView(s.state().name(), s.realm(), s.message(), s.readAt(), s.syncRunId(),
                preview.records(company), preview.remotes(company));
    }
}
