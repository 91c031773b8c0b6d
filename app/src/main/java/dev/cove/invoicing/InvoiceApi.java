package dev.cove.invoicing;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

@ApiController("/api/v1/invoices")
class InvoiceApi {

    private final Invoices invoices;
    private final InvoiceDelivery delivery;

    InvoiceApi(Invoices invoices, InvoiceDelivery delivery) {
        this.invoices = invoices;
        this.delivery = delivery;
    }

    @PostMapping
    ResponseEntity<Invoice> create(CompanyId company, @Valid @RequestBody InvoiceDraft draft) {
        return created(invoices.create(company, draft));
    }

    /** One line per unbilled visit of the customer. */
    @PostMapping("/from-visits")
    ResponseEntity<Invoice> fromVisits(CompanyId company, @Valid @RequestBody FromVisits request) {
        return created(invoices.createFromUnbilledVisits(company, request.customerId()));
    }

    record FromVisits(@NotNull(message = "is required") UUID customerId) {
    }

    @GetMapping
    PageResult<Invoice> list(CompanyId company, @RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) UUID customerId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return invoices.list(company, status, customerId, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Invoice get(CompanyId company, @PathVariable UUID id) {
        return invoices.get(company, id);
    }

    @PutMapping("/{id}")
    Invoice update(CompanyId company, @PathVariable UUID id, @Valid @RequestBody InvoiceDraft draft) {
        return invoices.update(company, id, draft);
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(CompanyId company, @PathVariable UUID id) {
        Invoice invoice = invoices.get(company, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + InvoiceDelivery.fileName(invoice) + "\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(delivery.pdf(company, id));
    }

    @PostMapping("/{id}/send")
    Invoice send(CompanyId company, @PathVariable UUID id) {
        return delivery.send(company, id);
    }

    @PostMapping("/{id}/void")
    Invoice voidInvoice(CompanyId company, @PathVariable UUID id) {
        return invoices.voidInvoice(company, id);
    }


    private static ResponseEntity<Invoice> created(Invoice invoice) {
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.id())).body(invoice);
    }
}
