package dev.cove.payments;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.InvalidRequest;

/** The payment and refund forms of the invoice page; errors go back next to the amount field. */
@Controller
@RequestMapping("/invoices/{invoiceId}")
class PaymentPages {

    private final Payments payments;

    PaymentPages(Payments payments) {
        this.payments = payments;
    }

    @PostMapping("/payments")
    String record(CompanyId company, @PathVariable UUID invoiceId, @Valid @ModelAttribute PaymentDetails details,
            BindingResult errors, RedirectAttributes redirect) {
        String problem = errors.hasErrors() ? describe(errors) : null;
        if (problem == null) {
            try {
                Payment payment = payments.record(company, invoiceId, details);
                redirect.addFlashAttribute("flash", "Payment of " + payment.amount() + " recorded.");
            } catch (BusinessRuleViolated | InvalidRequest e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            redirect.addFlashAttribute("paymentError", problem);
            redirect.addFlashAttribute("paymentAmount", errors.getFieldValue("amount"));
        }
        return "redirect:/invoices/" + invoiceId;
    }

    @PostMapping("/refunds")
    String refund(CompanyId company, @PathVariable UUID invoiceId, @Valid @ModelAttribute RefundDetails details,
            BindingResult errors, RedirectAttributes redirect) {
        String problem = errors.hasErrors() ? describe(errors) : null;
        if (problem == null) {
            try {
                Refund refund = payments.refund(company, invoiceId, details);
                redirect.addFlashAttribute("flash", "Refund of " + refund.amount() + " recorded.");
            } catch (BusinessRuleViolated | InvalidRequest e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            redirect.addFlashAttribute("refundError", problem);
            redirect.addFlashAttribute("refundAmount", errors.getFieldValue("amount"));
        }
        return "redirect:/invoices/" + invoiceId;
    }

    private static String describe(BindingResult errors) {
        return String.join("; ", errors.getFieldErrors().stream()
                .map(e -> (e.getField().equals("amount") ? "Amount " : e.getField() + " ") + e.getDefaultMessage())
                .toList());
    }
}
