package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.util.UUID;

import com.stripe.exception.StripeException;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;

import org.springframework.stereotype.Service;

import dev.cove.payments.Payments;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.RecordNotFound;

/**
 * Refunds of Stripe payments started from Cove. The refund is made in Stripe (on the connected account,
 * Idempotency-Key per payment, refund count and amount, so a double click refunds once); Cove records it
 * when Stripe confirms it, through the same {@link PaymentSync} that webhooks use.
 */
@Service
class StripeRefunds {

    /** The refund as Stripe answered it; {@code status} is Stripe's ({@code succeeded}, {@code pending}, ...). */
    record Started(String refundId, String status, BigDecimal amount) {
    }

    private final StripeLedger ledger;
    private final ConnectedAccounts accounts;
    private final StripeClients stripe;
    private final PaymentSync sync;
    private final Payments payments;

    StripeRefunds(StripeLedger ledger, ConnectedAccounts accounts, StripeClients stripe, PaymentSync sync,
            Payments payments) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.stripe = stripe;
        this.sync = sync;
        this.payments = payments;
    }

    Started refund(CompanyId company, UUID paymentId, BigDecimal amount, String reason) throws StripeException {
        StripeLedger.StripePayment paid = ledger.byCovePayment(company, paymentId)
                .orElseThrow(() -> new RecordNotFound("Stripe payment", paymentId));
        BigDecimal refunded = payments.refunds(company, paid.invoiceId()).stream()
                .filter(r -> paymentId.equals(r.paymentId())).map(dev.cove.payments.Refund::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = paid.amount().subtract(paid.surcharge()).subtract(refunded);
        BigDecimal wanted = amount == null ? left : amount.setScale(2);
        if (wanted.signum() <= 0 || wanted.compareTo(left) > 0) {
            throw new BusinessRuleViolated("amount", "must be more than 0 and at most the " + left + " left to refund");
        }
        boolean live = accounts.of(company).map(a -> a.state().livemode()).orElse(false);
        String key = "cove-refund:" + paymentId + ":" + ledger.refundCount(paid.paymentIntentId()) + ":" + wanted;
        RefundCreateParams.Builder params = RefundCreateParams.builder().setPaymentIntent(paid.paymentIntentId())
                .setAmount(MinorUnits.toMinor(wanted, paid.currency())).putMetadata("cove_payment_id", paymentId.toString());
        if (reason != null && !reason.isBlank()) {
            params.putMetadata("cove_reason", reason);
        }
        Refund refund;
        try {
            refund = stripe.platform(live).v1().refunds().create(params.build(), StripeClients.on(paid.accountId(), key));
        }
        catch (com.stripe.exception.InvalidRequestException | com.stripe.exception.PermissionException refused) {
            throw new BusinessRuleViolated("Stripe refused the refund: " + refused.getUserMessage());
        }
        sync.sync(paid.accountId(), live, paid.paymentIntentId());
        return new Started(refund.getId(), refund.getStatus(), wanted);
    }
}
