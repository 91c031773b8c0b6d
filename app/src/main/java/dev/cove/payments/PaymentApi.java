package dev.cove.payments;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.invoicing.Invoices;
import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;

@ApiController("/api/v1/invoices/{invoiceId}")
class PaymentApi {

    private final Payments payments;
    private final Invoices invoices;

    PaymentApi(Payments payments, Invoices invoices) {
        this.payments = payments;
        this.invoices = invoices;
    }

    @PostMapping("/payments")
    ResponseEntity<Payment> record(CompanyId company, @PathVariable UUID invoiceId,
            @Valid @RequestBody PaymentDetails details) {
        Payment payment = payments.record(company, invoiceId, details);
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoiceId + "/payments/" + payment.id())).body(payment);
    }

    @GetMapping("/payments")
    List<Payment> payments(CompanyId company, @PathVariable UUID invoiceId) {
        invoices.get(company, invoiceId);
        return payments.payments(company, invoiceId);
    }

    @PostMapping("/refunds")
    ResponseEntity<Refund> refund(CompanyId company, @PathVariable UUID invoiceId,
            @Valid @RequestBody RefundDetails details) {
        Refund refund = payments.refund(company, invoiceId, details);
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoiceId + "/refunds/" + refund.id())).body(refund);
    }

    @GetMapping("/refunds")
    List<Refund> refunds(CompanyId company, @PathVariable UUID invoiceId) {
        invoices.get(company, invoiceId);
        return payments.refunds(company, invoiceId);
    }
}
