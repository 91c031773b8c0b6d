package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.util.UUID;

import com.stripe.exception.StripeException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.invoicing.Invoices;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;

/**
 * The Stripe part of an invoice's page, loaded into it: Stripe payments with their fees, a refund form per
 * payment, and charging the customer's saved card.
 */
@Controller
@RequestMapping("/invoices/{invoiceId}/stripe")
class StripeInvoicePanel {

    private final StripeLedger ledger;
    private final StripeRefunds refunds;
    private final SavedCards cards;
    private final ConnectedAccounts accounts;
    private final Invoices invoices;

    StripeInvoicePanel(StripeLedger ledger, StripeRefunds refunds, SavedCards cards, ConnectedAccounts accounts,
            Invoices invoices) {
        this.ledger = ledger;
        this.refunds = refunds;
        this.cards = cards;
        this.accounts = accounts;
        this.invoices = invoices;
    }

    @GetMapping
    String panel(CompanyId company, @PathVariable UUID invoiceId, Model model) {
        var invoice = invoices.get(company, invoiceId);
        model.addAttribute("invoice", invoice);
        model.addAttribute("stripePayments", ledger.payments(company, invoiceId).stream()
                .map(p -> new StripePaymentApi.PaymentView(p.paymentIntentId(), p.paymentId(), p.amount(), p.surcharge(),
                        p.fee(), p.net(), p.currency(), ledger.fees(p.paymentIntentId()), p.unappliedReason()))
                .toList());
        model.addAttribute("canCharge", invoice.status().payable()
                && accounts.of(company).filter(ConnectedAccounts.Stored::canCharge).isPresent());
        return "stripe/invoice :: panel";
    }

    @PostMapping("/refunds")
    String refund(CompanyId company, @PathVariable UUID invoiceId, @RequestParam UUID paymentId,
            @RequestParam(required = false) BigDecimal amount, RedirectAttributes redirect) throws StripeException {
        try {
            StripeRefunds.Started started = refunds.refund(company, paymentId, amount, null);
            redirect.addFlashAttribute("flash", "Refund of " + started.amount() + " sent to Stripe ("
                    + started.status() + ").");
        }
        catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("flash", refused.getMessage());
        }
        return "redirect:/invoices/" + invoiceId;
    }

    @PostMapping("/charge-saved-card")
    String charge(CompanyId company, @PathVariable UUID invoiceId, RedirectAttributes redirect) throws StripeException {
        try {
            SavedCards.Charged charged = cards.charge(company, invoiceId);
            redirect.addFlashAttribute("flash", "Saved card charged (" + charged.status() + ").");
        }
        catch (BusinessRuleViolated refused) {
            redirect.addFlashAttribute("flash", refused.getMessage());
        }
        return "redirect:/invoices/" + invoiceId;
    }
}
