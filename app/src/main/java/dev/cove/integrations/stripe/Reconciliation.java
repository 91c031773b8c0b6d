package dev.cove.integrations.stripe;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.RefundListParams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The janitor for lost webhooks: per connected account, lists the PaymentIntents and refunds Stripe made in
 * the look-back window and syncs each one Cove has not recorded. Runs as the recurring
 * {@code stripe-reconcile} task; what it repairs goes through the same idempotent {@link PaymentSync}.
 */
@Service
class Reconciliation {

    /** What one run found missing and repaired. */
    record Outcome(int accounts, int intentsSynced, int failures) {
    }

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final ConnectedAccounts accounts;
    private final StripeClients stripe;
    private final StripeLedger ledger;
    private final PaymentSync sync;
    private final StripeSettings settings;

    Reconciliation(ConnectedAccounts accounts, StripeClients stripe, StripeLedger ledger, PaymentSync sync,
            StripeSettings settings) {
        this.accounts = accounts;
        this.stripe = stripe;
        this.ledger = ledger;
        this.sync = sync;
        this.settings = settings;
    }

    Outcome run() {
        int synced = 0;
        int failures = 0;
        var all = accounts.connected();
        for (ConnectedAccounts.Stored account : all) {
            try {
                Set<String> missing = missing(account);
                for (String intent : missing) {
                    sync.sync(account.state().accountId(), account.state().livemode(), intent);
                    synced++;
                }
            }
            catch (StripeException | RuntimeException failed) {
                failures++;
                log.warn("Reconciling Stripe account {} failed: {}", account.state().accountId(), failed.getMessage());
            }
        }
        return new Outcome(all.size(), synced, failures);
    }

    private Set<String> missing(ConnectedAccounts.Stored account) throws StripeException {
        String id = account.state().accountId();
        var client = stripe.platform(account.state().livemode()).v1();
        long since = Instant.now().minus(settings.reconcileLookback()).getEpochSecond();
        Set<String> missing = new LinkedHashSet<>();
        for (PaymentIntent intent : client.paymentIntents().list(PaymentIntentListParams.builder().setLimit(100L)
                .setCreated(PaymentIntentListParams.Created.builder().setGte(since).build()).build(),
                StripeClients.on(id)).autoPagingIterable()) {
            if ("succeeded".equals(intent.getStatus()) && intent.getMetadata() != null
                    && intent.getMetadata().containsKey(PaymentSync.INVOICE) && ledger.payment(intent.getId()).isEmpty()) {
                missing.add(intent.getId());
            }
        }
        for (Refund refund : client.refunds().list(RefundListParams.builder().setLimit(100L)
                .setCreated(RefundListParams.Created.builder().setGte(since).build()).build(),
                StripeClients.on(id)).autoPagingIterable()) {
            if ("succeeded".equals(refund.getStatus()) && refund.getPaymentIntent() != null
                    && !ledger.hasRefund(refund.getId())) {
                missing.add(refund.getPaymentIntent());
            }
        }
        return missing;
    }
}
