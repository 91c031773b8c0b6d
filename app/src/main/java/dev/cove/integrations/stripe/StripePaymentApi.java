package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.stripe.exception.StripeException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.Invoices;
import dev.cove.shared.ApiController;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;

/** Stripe payments of an invoice with their fees, and refunds of them made through Stripe. */
@ApiController("/api/v1/integrations/stripe")
class StripePaymentApi {

    /** @param email false only answers the link; by default it is also mailed to the customer */
    record CardLinkRequest(Boolean email) {
    }

    /** @param amount null refunds what is left of the payment */
    record RefundRequest(BigDecimal amount, String reason) {
    }

    /** A Stripe payment as accounting books it. */
    record PaymentView(String paymentIntentId, UUID paymentId, BigDecimal amount, BigDecimal surcharge,
            BigDecimal fee, BigDecimal net, String currency, List<StripeLedger.Fee> fees, String unappliedReason) {
    }

    private final StripeRefunds refunds;
    private final StripeLedger ledger;
    private final SavedCards cards;
    private final CardSetups setups;
    private final PayLinks payLinks;
    private final Invoices invoices;

    StripePaymentApi(StripeRefunds refunds, StripeLedger ledger, SavedCards cards, CardSetups setups, PayLinks payLinks,
            Invoices invoices) {
        this.refunds = refunds;
        this.ledger = ledger;
        this.cards = cards;
        this.setups = setups;
        this.payLinks = payLinks;
        this.invoices = invoices;
    }

    /** The invoice's Pay now link, the one its mails carry; 409 when it has nothing to pay or Stripe cannot charge. */
    @GetMapping("/invoices/{invoiceId}/pay-now-link")
    Map<String, URI> payNowLink(CompanyId company, @PathVariable UUID invoiceId) {
        Invoice invoice = invoices.get(company, invoiceId);
        return Map.of("url", payLinks.linkFor(company, invoice).orElseThrow(() -> new BusinessRuleViolated(
                "Invoice #" + invoice.number() + " cannot be paid online")));
    }

    /**
     * A link where the customer saves a card without paying anything, mailed to them unless {@code email} is
     * false. The link is stable per customer. 404 for an unknown customer; 409 when Stripe cannot take charges
     * or there is no address to mail.
     */
    @PostMapping("/customers/{customerId}/card-link")
    CardSetups.LinkSent cardLink(CompanyId company, @PathVariable UUID customerId,
            @RequestBody(required = false) CardLinkRequest request) {
        return setups.link(company, customerId, request == null || request.email() == null || request.email());
    }

    /** Cards the customer saved, brand and last four only, the one charged first at the top. */
    @GetMapping("/customers/{customerId}/cards")
    List<SavedCards.Card> cards(CompanyId company, @PathVariable UUID customerId) throws StripeException {
        return cards.cards(company, customerId);
    }

    /** Charges the customer's saved card for the invoice's open balance; declines are a 409 problem (business rule). */
    @PostMapping("/invoices/{invoiceId}/charge-saved-card")
    SavedCards.Charged chargeSavedCard(CompanyId company, @PathVariable UUID invoiceId) throws StripeException {
        return cards.charge(company, invoiceId);
    }

    @GetMapping("/invoices/{invoiceId}/payments")
    List<PaymentView> payments(CompanyId company, @PathVariable UUID invoiceId) {
        return ledger.payments(company, invoiceId).stream().map(p -> new PaymentView(p.paymentIntentId(),
                p.paymentId(), p.amount(), p.surcharge(), p.fee(), p.net(), p.currency(),
                ledger.fees(p.paymentIntentId()), p.unappliedReason())).toList();
    }

    @PostMapping("/payments/{paymentId}/refunds")
    StripeRefunds.Started refund(CompanyId company, @PathVariable UUID paymentId,
            @RequestBody(required = false) RefundRequest request) throws StripeException {
        return refunds.refund(company, paymentId, request == null ? null : request.amount(),
                request == null ? null : request.reason());
    }
}
