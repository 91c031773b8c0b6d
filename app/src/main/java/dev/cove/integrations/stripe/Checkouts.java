package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.cove.invoicing.Invoice;
import dev.cove.shared.CompanyId;

/**
 * Hosted Checkout for an invoice's open balance, as a direct charge on the company's connected account. One
 * session serves an invoice and balance while it is open: the Idempotency-Key names invoice, balance and
 * attempt, so double clicks and concurrent opens get the same session; a completed session is synced instead
 * of charging again, and an expired one is replaced.
 */
@Service
class Checkouts {

    /** What the customer is asked to pay, shown before paying. */
    record Quote(BigDecimal balance, BigDecimal surcharge, String currency) {

        BigDecimal total() {
            return balance.add(surcharge);
        }
    }

    /** Where to send the customer: a checkout page, or nowhere because the payment already went through. */
    record Opened(String url, boolean alreadyPaid) {
    }

    private final StripeClients stripe;
    private final StripeSettings settings;
    private final LocalAddress address;
    private final JdbcClient jdbc;
    private final PaymentSync sync;
    private final SavedCards cards;

    Checkouts(StripeClients stripe, StripeSettings settings, LocalAddress address, JdbcClient jdbc, PaymentSync sync,
            SavedCards cards) {
        this.cards = cards;
        this.stripe = stripe;
        this.settings = settings;
        this.address = address;
        this.jdbc = jdbc;
        this.sync = sync;
    }

    Quote quote(ConnectedAccounts.Stored account, Invoice invoice) {
        BigDecimal surcharge = BigDecimal.ZERO.setScale(2);
        if (account.passCardFee()) {
            surcharge = invoice.balanceDue().multiply(settings.cardFeePercent()).movePointLeft(2)
                    .add(settings.cardFeeFixed()).setScale(2, RoundingMode.HALF_UP);
        }
        return new Quote(invoice.balanceDue(), surcharge, invoice.currency());
    }

    /** @param saveCard keep the card on the customer's Stripe Customer for later off-session charges */
    Opened open(ConnectedAccounts.Stored account, Invoice invoice, String token, boolean saveCard)
            throws StripeException {
        CompanyId company = account.company();
        Quote quote = quote(account, invoice);
        String accountId = account.state().accountId();
        boolean live = account.state().livemode();
        int attempts = 0;
        for (Stored stored : stored(company, invoice, quote, saveCard)) {
            attempts++;
            if (stored.expiresAt().isBefore(Instant.now().plus(settings.checkoutReuseMargin()))) {
                continue;
            }
            Session session = stripe.platform(live).v1().checkout().sessions().retrieve(stored.sessionId(),
                    StripeClients.on(accountId));
            if ("open".equals(session.getStatus())) {
                return new Opened(session.getUrl(), false);
            }
            if ("complete".equals(session.getStatus())) {
                sync.sync(accountId, live, session.getPaymentIntent());
                return new Opened(null, true);
            }
        }
        String key = "cove-checkout:" + invoice.id() + ":" + quote.balance() + ":" + quote.surcharge() + ":" + saveCard
                + ":" + attempts;
        SessionCreateParams params = params(company, invoice, quote, token,
                saveCard ? cards.stripeCustomer(account, invoice.customerId()) : null);
        Session session = stripe.platform(live).v1().checkout().sessions().create(params,
                StripeClients.on(accountId, key));
        try {
            jdbc.sql("""
                    INSERT INTO stripe_checkouts (session_id, company_id, invoice_id, account_id, balance, surcharge,
                      save_card, url, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(session.getId(), company.value(), invoice.id(), accountId, quote.balance(), quote.surcharge(),
                            saveCard, session.getUrl(), Instant.ofEpochSecond(session.getExpiresAt()).atOffset(ZoneOffset.UTC),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
        catch (DuplicateKeyException sameSession) {
            // a concurrent open with the same Idempotency-Key stored Stripe's replayed session first
        }
        return new Opened(session.getUrl(), false);
    }

    private SessionCreateParams params(CompanyId company, Invoice invoice, Quote quote, String token,
            String stripeCustomer) {
        String currency = invoice.currency().toLowerCase();
        String page = address.cove() + "/pay/stripe/" + token;
        SessionCreateParams.PaymentIntentData.Builder intent = SessionCreateParams.PaymentIntentData.builder()
                .putMetadata(PaymentSync.INVOICE, invoice.id().toString())
                .putMetadata(PaymentSync.COMPANY, company.value().toString())
                .putMetadata(PaymentSync.SURCHARGE, quote.surcharge().toPlainString())
                .setDescription("Invoice #" + invoice.number());
        long fee = MinorUnits.toMinor(quote.total().multiply(settings.applicationFeePercent()).movePointLeft(2),
                currency);
        if (fee > 0) {
            intent.setApplicationFeeAmount(fee);
        }
        if (stripeCustomer != null) {
            intent.setSetupFutureUsage(SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION);
        }
        SessionCreateParams.Builder params = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(invoice.id().toString())
                .putMetadata(PaymentSync.INVOICE, invoice.id().toString())
                .setSuccessUrl(page + "/done?session={CHECKOUT_SESSION_ID}").setCancelUrl(page)
                .setPaymentIntentData(intent.build())
                .addLineItem(line("Invoice #" + invoice.number(), quote.balance(), currency));
        if (stripeCustomer != null) {
            params.setCustomer(stripeCustomer);
        }
        if (quote.surcharge().signum() > 0) {
            params.addLineItem(line("Card processing fee", quote.surcharge(), currency));
        }
        return params.build();
    }

    private static LineItem line(String name, BigDecimal amount, String currency) {
        return LineItem.builder().setQuantity(1L).setPriceData(LineItem.PriceData.builder().setCurrency(currency)
                .setUnitAmount(MinorUnits.toMinor(amount, currency))
                .setProductData(LineItem.PriceData.ProductData.builder().setName(name).build()).build()).build();
    }

    private record Stored(String sessionId, Instant expiresAt) {
    }

    private java.util.List<Stored> stored(CompanyId company, Invoice invoice, Quote quote, boolean saveCard) {
        return jdbc.sql("SELECT session_id, expires_at FROM stripe_checkouts WHERE company_id = ? AND invoice_id = ? "
                + "AND balance = ? AND surcharge = ? AND save_card = ? ORDER BY created_at")
                .params(company.value(), invoice.id(), quote.balance(), quote.surcharge(), saveCard)
                .query((rs, n) -> new Stored(rs.getString("session_id"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<String> sessionIntent(ConnectedAccounts.Stored account, String sessionId) throws StripeException {
        Session session = stripe.platform(account.state().livemode()).v1().checkout().sessions().retrieve(sessionId,
                StripeClients.on(account.state().accountId()));
        return Optional.ofNullable(session.getPaymentIntent());
    }
}
