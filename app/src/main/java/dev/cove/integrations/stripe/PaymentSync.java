package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundListParams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.Invoices;
import dev.cove.payments.Payment;
import dev.cove.payments.PaymentDetails;
import dev.cove.payments.Payments;
import dev.cove.payments.RefundDetails;
import dev.cove.shared.CompanyId;

/**
 * Brings Cove in line with one PaymentIntent as Stripe reports it now: a succeeded PaymentIntent becomes one
 * Cove payment (through {@link Payments#record}, so it is a {@code PaymentReceived} like any other) with its
 * fee lines, and every succeeded refund becomes one Cove refund. The state is always re-read from Stripe and
 * only ever added to, so webhooks in any order, twice, or not at all (reconciliation) end in the same place.
 */
@Service
class PaymentSync {

    static final String INVOICE = "cove_invoice_id";
    static final String COMPANY = "cove_company_id";
    static final String SURCHARGE = "cove_surcharge";

    private static final Logger log = LoggerFactory.getLogger(PaymentSync.class);

    private final StripeClients stripe;
    private final ConnectedAccounts accounts;
    private final StripeLedger ledger;
    private final Payments payments;
    private final Invoices invoices;
    private final StripeMethod method;
    private final TransactionTemplate transaction;

    PaymentSync(StripeClients stripe, ConnectedAccounts accounts, StripeLedger ledger, Payments payments,
            Invoices invoices, StripeMethod method, TransactionTemplate transaction) {
        this.stripe = stripe;
        this.accounts = accounts;
        this.ledger = ledger;
        this.payments = payments;
        this.invoices = invoices;
        this.method = method;
        this.transaction = transaction;
    }

    /** Syncs the PaymentIntent of a connected account; one Cove does not know or did not create is left alone. */
    void sync(String accountId, boolean livemode, String paymentIntentId) throws StripeException {
        ConnectedAccounts.Stored account = accounts.byAccount(accountId).orElse(null);
        if (account == null || paymentIntentId == null) {
            return;
        }
        PaymentIntent intent = stripe.platform(livemode).v1().paymentIntents().retrieve(paymentIntentId,
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge.balance_transaction").build(),
                StripeClients.on(accountId));
        Map<String, String> metadata = intent.getMetadata();
        if (!"succeeded".equals(intent.getStatus()) || metadata == null || metadata.get(INVOICE) == null
                || !account.company().value().toString().equals(metadata.get(COMPANY))) {
            return;
        }
        if (ledger.payment(intent.getId()).isEmpty()) {
            claim(() -> record(account.company(), accountId, intent));
        }
        List<Refund> refunds = stripe.platform(livemode).v1().refunds().list(RefundListParams.builder()
                .setPaymentIntent(intent.getId()).setLimit(100L).build(), StripeClients.on(accountId)).getData();
        for (Refund refund : refunds) {
            if ("succeeded".equals(refund.getStatus()) && !ledger.hasRefund(refund.getId())) {
                claim(() -> refund(intent.getId(), refund));
            }
        }
    }

    private void record(CompanyId company, String accountId, PaymentIntent intent) {
        String currency = intent.getCurrency();
        BigDecimal received = MinorUnits.fromMinor(intent.getAmountReceived(), currency);
        BigDecimal surcharge = new BigDecimal(intent.getMetadata().getOrDefault(SURCHARGE, "0")).setScale(2);
        BigDecimal applied = received.subtract(surcharge);
        UUID invoiceId = UUID.fromString(intent.getMetadata().get(INVOICE));
        Charge charge = intent.getLatestChargeObject();
        BalanceTransaction txn = charge == null ? null : charge.getBalanceTransactionObject();
        Invoice invoice = invoices.get(company, invoiceId);
        String unapplied = null;
        if (!invoice.status().payable() || applied.compareTo(invoice.balanceDue()) > 0) {
            unapplied = "Stripe took " + applied + " " + invoice.currency() + " for invoice #" + invoice.number()
                    + ", which had " + invoice.balanceDue() + " due (" + invoice.status() + "); refund it in Stripe "
                    + "or record it by hand.";
        }
        StripeLedger.StripePayment row = new StripeLedger.StripePayment(intent.getId(), company, accountId, invoiceId,
                null, received, surcharge, txn == null ? null : MinorUnits.fromMinor(txn.getFee(), currency),
                txn == null ? null : MinorUnits.fromMinor(txn.getNet(), currency), currency.toUpperCase(), unapplied);
        // The claim comes first: a concurrent sync of the same PaymentIntent waits on this key and then loses.
        ledger.insertPayment(row, charge == null ? null : charge.getId(), txn == null ? null : txn.getId());
        if (unapplied != null) {
            // only the sync that won the claim says so: a loser may have read the invoice the winner just paid
            log.warn("{}: {}", intent.getId(), unapplied);
        }
        if (txn != null && txn.getFeeDetails() != null) {
            ledger.insertFees(row, txn.getFeeDetails().stream().map(f -> new StripeLedger.Fee(f.getType(),
                    MinorUnits.fromMinor(f.getAmount(), f.getCurrency()), f.getCurrency().toUpperCase(),
                    f.getDescription())).toList());
        }
        if (unapplied == null) {
            LocalDate paidOn = Instant.ofEpochSecond(charge != null ? charge.getCreated() : intent.getCreated())
                    .atZone(ZoneOffset.UTC).toLocalDate();
            Payment payment = payments.record(company, invoiceId, new PaymentDetails(applied, method.of(company),
                    paidOn, "Stripe " + intent.getId()));
            ledger.linkPayment(intent.getId(), payment.id());
        }
    }

    private void refund(String paymentIntentId, Refund refund) {
        StripeLedger.StripePayment paid = ledger.payment(paymentIntentId).orElseThrow();
        BigDecimal amount = MinorUnits.fromMinor(refund.getAmount(), refund.getCurrency());
        ledger.insertRefund(refund.getId(), paid.company(), paymentIntentId, null, amount);
        if (paid.paymentId() != null) {
            BigDecimal refunded = payments.refunds(paid.company(), paid.invoiceId()).stream()
                    .filter(r -> paid.paymentId().equals(r.paymentId())).map(dev.cove.payments.Refund::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // A surcharge was never applied to the invoice, so the part of a refund beyond the payment is its.
            BigDecimal applied = amount.min(paid.amount().subtract(paid.surcharge()).subtract(refunded));
            if (applied.signum() > 0) {
                LocalDate on = Instant.ofEpochSecond(refund.getCreated()).atZone(ZoneOffset.UTC).toLocalDate();
                ledger.linkRefund(refund.getId(), payments.refund(paid.company(), paid.invoiceId(),
                        new RefundDetails(applied, paid.paymentId(), on, "Stripe refund " + refund.getId())).id());
            }
        }
    }

    /** Runs one recording in its own transaction; losing a race to another thread is success. */
    private void claim(Runnable recording) {
        try {
            transaction.executeWithoutResult(status -> recording.run());
        }
        catch (DuplicateKeyException alreadyRecorded) {
            log.debug("Already recorded by a concurrent sync: {}", alreadyRecorded.getMessage());
        }
    }
}
