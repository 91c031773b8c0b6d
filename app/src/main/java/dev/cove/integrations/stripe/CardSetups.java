package dev.cove.integrations.stripe;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.stripe.exception.StripeException;
import com.stripe.model.SetupIntent;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.mail.OutgoingMail;
import dev.cove.mail.Outbox;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.staff.Companies;

/**
 * Customers saving a card for later without paying anything. Staff send a card-saving link (a Cove address
 * with a stable random token per customer); the customer opens it and Cove starts a {@code mode=setup}
 * Checkout on the company's connected account for the customer's Stripe Customer. A setup charges nothing, so
 * every press opens a fresh session. When Stripe says the setup succeeded, Cove re-reads the SetupIntent and,
 * only if it really succeeded for a customer Cove created, records the setup once and makes the most recently
 * saved card the customer's preferred one.
 */
@Service
class CardSetups {

    private static final Logger log = LoggerFactory.getLogger(CardSetups.class);

    /** A card-saving link; {@code emailedTo} is null when no mail was sent. */
    record LinkSent(URI url, String emailedTo) {
    }

    private final LinkTokens tokens;
    private final JdbcClient jdbc;
    private final StripeClients stripe;
    private final ConnectedAccounts accounts;
    private final SavedCards cards;
    private final Customers customers;
    private final Companies companies;
    private final Outbox outbox;
    private final LocalAddress address;

    CardSetups(JdbcClient jdbc, StripeClients stripe, ConnectedAccounts accounts, SavedCards cards, Customers customers,
            Companies companies, Outbox outbox, LocalAddress address) {
        this.tokens = new LinkTokens(jdbc, "stripe_card_links", "customer_id");
        this.jdbc = jdbc;
        this.stripe = stripe;
        this.accounts = accounts;
        this.cards = cards;
        this.customers = customers;
        this.companies = companies;
        this.outbox = outbox;
        this.address = address;
    }

    /** The customer's card-saving link, mailed to them when asked and they have an address. */
    LinkSent link(CompanyId company, UUID customerId, boolean email) {
        Customer customer = customers.get(company, customerId);
        accounts.of(company).filter(ConnectedAccounts.Stored::canCharge)
                .orElseThrow(() -> new BusinessRuleViolated("Stripe is not connected"));
        URI url = URI.create(address.cove() + CardSetupPages.PATH + "/" + tokens.tokenFor(company, customerId));
        if (!email) {
            return new LinkSent(url, null);
        }
        if (customer.email() == null) {
            throw new BusinessRuleViolated("customerId", customer.displayName() + " has no email address to send the link to");
        }
        String companyName = companies.name(company);
        outbox.send(company, new OutgoingMail(customer.email(), "Save a card with " + companyName,
                "Hello " + customer.displayName() + ",\n\n" + companyName + " asks you to keep a card on file so future "
                        + "invoices can be settled without a trip to the payment page. Nothing is charged now.\n\n"
                        + "Add your card here: " + url + "\n\nThe card details go to Stripe, our payment provider; "
                        + companyName + " only ever sees the brand and last four digits.\n",
                null, null, "customer", customerId));
        return new LinkSent(url, customer.email());
    }

    /** The customer a card-saving token points to. */
    Optional<LinkTokens.Target> target(String token) {
        return tokens.target(token);
    }

    /** Starts a setup-mode Checkout for the customer; answers the hosted page's address. */
    String open(ConnectedAccounts.Stored account, UUID customerId, String token) throws StripeException {
        String page = address.cove() + CardSetupPages.PATH + "/" + token;
        String currency = companies.currency(account.company()).toLowerCase(Locale.ROOT);
        SessionCreateParams params = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.SETUP)
                .setCurrency(currency).setCustomer(cards.stripeCustomer(account, customerId))
                .setClientReferenceId(customerId.toString())
                .putMetadata(PaymentSync.COMPANY, account.company().value().toString())
                .setSetupIntentData(SessionCreateParams.SetupIntentData.builder()
                        .putMetadata(PaymentSync.COMPANY, account.company().value().toString())
                        .setDescription("Card on file with " + companies.name(account.company())).build())
                .setSuccessUrl(page + "/done").setCancelUrl(page).build();
        Session session = stripe.platform(account.state().livemode()).v1().checkout().sessions().create(params,
                StripeClients.on(account.state().accountId()));
        return session.getUrl();
    }

    /**
     * Acts on a SetupIntent Stripe reported as succeeded, after reading it again: a card set up for a customer
     * Cove knows becomes their preferred card. Safe to repeat; anything else is left alone.
     */
    void succeeded(String accountId, boolean livemode, String setupIntentId) throws StripeException {
        if (accountId == null || setupIntentId == null || accounts.byAccount(accountId).isEmpty()) {
            return;
        }
        SetupIntent intent = stripe.platform(livemode).v1().setupIntents().retrieve(setupIntentId,
                StripeClients.on(accountId));
        if (!"succeeded".equals(intent.getStatus()) || intent.getPaymentMethod() == null || intent.getCustomer() == null) {
            log.info("SetupIntent {} is {}; no card saved", setupIntentId, intent.getStatus());
            return;
        }
        Optional<SavedCards.Owner> owner = cards.owner(accountId, intent.getCustomer());
        if (owner.isEmpty()) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO stripe_card_setups (setup_intent_id, company_id, customer_id, account_id, payment_method_id,
                      saved_at) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(setupIntentId, owner.get().company().value(), owner.get().customerId(), accountId,
                            intent.getPaymentMethod(), OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
        catch (DuplicateKeyException again) {
            // the session's completion and the SetupIntent's own event both lead here
        }
        if (latest(owner.get()).filter(setupIntentId::equals).isPresent()) {
            cards.prefer(accountId, livemode, intent.getCustomer(), intent.getPaymentMethod());
        }
    }

    /** The customer's most recently saved setup: a late redelivery of an older one does not take preference back. */
    private Optional<String> latest(SavedCards.Owner owner) {
        return jdbc.sql("SELECT setup_intent_id FROM stripe_card_setups WHERE company_id = ? AND customer_id = ? "
                + "ORDER BY saved_at DESC, setup_intent_id DESC LIMIT 1")
                .params(owner.company().value(), owner.customerId()).query(String.class).optional();
    }
}
