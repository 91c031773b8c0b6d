package dev.cove.integrations.stripe;

import com.stripe.exception.StripeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.InvoiceStatus;
import dev.cove.invoicing.Invoices;
import dev.cove.shared.RecordNotFound;
import dev.cove.staff.Companies;

/**
 * The customer's side of Pay now, open without a Cove login (the random token is the key): the balance and
 * any surcharge before paying, then Stripe's hosted Checkout; a paid invoice says so instead of charging again.
 */
@Controller
@RequestMapping("/pay/stripe/{token}")
class PayPages {

    private static final Logger log = LoggerFactory.getLogger(PayPages.class);

    private final PayLinks links;
    private final ConnectedAccounts accounts;
    private final Invoices invoices;
    private final Companies companies;
    private final Checkouts checkouts;
    private final PaymentSync sync;

    PayPages(PayLinks links, ConnectedAccounts accounts, Invoices invoices, Companies companies, Checkouts checkouts,
            PaymentSync sync) {
        this.links = links;
        this.accounts = accounts;
        this.invoices = invoices;
        this.companies = companies;
        this.checkouts = checkouts;
        this.sync = sync;
    }

    @GetMapping
    String show(@PathVariable String token, Model model) {
        LinkTokens.Target target = target(token);
        Invoice invoice = invoices.get(target.company(), target.subjectId());
        model.addAttribute("invoice", invoice);
        model.addAttribute("companyName", companies.name(target.company()));
        if (!invoice.status().payable()) {
            return invoice.status() == InvoiceStatus.PAID ? "stripe/paid" : "stripe/unavailable";
        }
        ConnectedAccounts.Stored account = accounts.of(target.company()).filter(ConnectedAccounts.Stored::canCharge)
                .orElse(null);
        if (account == null) {
            return "stripe/unavailable";
        }
        Checkouts.Quote quote = checkouts.quote(account, invoice);
        model.addAttribute("balance", quote.balance() + " " + quote.currency());
        model.addAttribute("surcharge", quote.surcharge().signum() > 0 ? quote.surcharge() + " " + quote.currency() : null);
        model.addAttribute("total", quote.total() + " " + quote.currency());
        model.addAttribute("token", token);
        return "stripe/pay";
    }

    @PostMapping
    String pay(@PathVariable String token, @RequestParam(defaultValue = "false") boolean saveCard)
            throws StripeException {
        LinkTokens.Target target = target(token);
        Invoice invoice = invoices.get(target.company(), target.subjectId());
        ConnectedAccounts.Stored account = accounts.of(target.company()).filter(ConnectedAccounts.Stored::canCharge)
                .orElse(null);
        if (!invoice.status().payable() || account == null) {
            return "redirect:/pay/stripe/" + token;
        }
        Checkouts.Opened opened = checkouts.open(account, invoice, token, saveCard);
        return opened.alreadyPaid() ? "redirect:/pay/stripe/" + token + "/done" : "redirect:" + opened.url();
    }

    /** Stripe's success redirect. The webhook records the payment too; whichever comes first wins, once. */
    @GetMapping("/done")
    String done(@PathVariable String token, @RequestParam(required = false) String session, Model model) {
        LinkTokens.Target target = target(token);
        if (session != null) {
            accounts.of(target.company()).ifPresent(account -> {
                try {
                    checkouts.sessionIntent(account, session).ifPresent(intent -> {
                        try {
                            sync.sync(account.state().accountId(), account.state().livemode(), intent);
                        }
                        catch (StripeException | RuntimeException later) {
                            log.info("Payment of session {} is left to the webhook: {}", session, later.getMessage());
                        }
                    });
                }
                catch (StripeException unknown) {
                    log.info("Checkout session {} not readable: {}", session, unknown.getMessage());
                }
            });
        }
        model.addAttribute("invoice", invoices.get(target.company(), target.subjectId()));
        model.addAttribute("companyName", companies.name(target.company()));
        return "stripe/thanks";
    }

    private LinkTokens.Target target(String token) {
        return links.target(token).orElseThrow(() -> new RecordNotFound("This payment link is not valid"));
    }
}
