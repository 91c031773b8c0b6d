package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.stripe.exception.StripeException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;

/** Stripe payments of an invoice with their fees, and refunds of them made through Stripe. */
@ApiController("/api/v1/integrations/stripe")
class StripePaymentApi {

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

    StripePaymentApi(StripeRefunds refunds, StripeLedger ledger, SavedCards cards) {
        this.refunds = refunds;
        this.ledger = ledger;
        this.cards = cards;
    }

    /** Cards the customer saved while paying, brand and last four only. */
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
