package dev.cove.integrations.stripe;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.param.CustomerCreateParams;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerPaymentMethodListParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentIntentCreateParams;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.Invoices;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;

/**
 * Cards customers saved while paying (Checkout with {@code setup_future_usage=off_session} on their Stripe
 * Customer, which lives on the connected account) or through a card-saving link ({@link CardSetups}), and staff
 * charging one (the preferred card first) for an invoice's open balance.
 * The charge goes through the same {@link PaymentSync}, so it is recorded once like any Stripe payment.
 */
@Service
class SavedCards {

    /**
     * A saved card as staff see it; never more than brand and last four digits.
     *
     * @param preferred the customer's default card on Stripe (the last one saved through a card-saving link),
     *                  charged before any other
     */
    record Card(String paymentMethodId, String brand, String last4, long expMonth, long expYear, boolean preferred) {
    }

    /** The Cove customer behind a Stripe Customer of a connected account. */
    record Owner(CompanyId company, UUID customerId) {
    }

    /** The outcome of charging a saved card. */
    record Charged(String paymentIntentId, String status, String invoiceStatus) {
    }

    private final JdbcClient jdbc;
    private final StripeClients stripe;
    private final ConnectedAccounts accounts;
    private final Customers customers;
    private final Invoices invoices;
    private final PaymentSync sync;
    private final StripeSettings settings;

    SavedCards(JdbcClient jdbc, StripeClients stripe, ConnectedAccounts accounts, Customers customers,
            Invoices invoices, PaymentSync sync, StripeSettings settings) {
        this.jdbc = jdbc;
        this.stripe = stripe;
        this.accounts = accounts;
        this.customers = customers;
        this.invoices = invoices;
        this.sync = sync;
        this.settings = settings;
    }

    /** The customer's Stripe Customer on the account, created once (Idempotency-Key per account and customer). */
    String stripeCustomer(ConnectedAccounts.Stored account, UUID customerId) throws StripeException {
        String accountId = account.state().accountId();
        List<String> known = known(account.company(), customerId, accountId);
        if (!known.isEmpty()) {
            return known.get(0);
        }
        Customer customer = customers.get(account.company(), customerId);
        String id = stripe.platform(account.state().livemode()).v1().customers().create(CustomerCreateParams.builder()
                .setName(customer.displayName()).setEmail(customer.email())
                .putMetadata("cove_customer_id", customerId.toString()).build(),
                StripeClients.on(accountId, "cove-customer:" + accountId + ":" + customerId)).getId();
        try {
            jdbc.sql("INSERT INTO stripe_customers (company_id, customer_id, account_id, stripe_customer_id, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)").params(account.company().value(), customerId, accountId, id,
                            OffsetDateTime.now(ZoneOffset.UTC)).update();
        }
        catch (DuplicateKeyException raced) {
            // the same Idempotency-Key gave the other thread the same Stripe Customer
        }
        return id;
    }

    /** The customer's cards on the connected account, the preferred one first. */
    List<Card> cards(CompanyId company, UUID customerId) throws StripeException {
        ConnectedAccounts.Stored account = account(company);
        List<String> known = known(company, customerId, account.state().accountId());
        if (known.isEmpty()) {
            return List.of();
        }
        StripeClient client = stripe.platform(account.state().livemode());
        RequestOptions on = StripeClients.on(account.state().accountId());
        com.stripe.model.Customer.InvoiceSettings invoicing = client.v1().customers().retrieve(known.get(0), on)
                .getInvoiceSettings();
        String preferred = invoicing == null ? null : invoicing.getDefaultPaymentMethod();
        return client.v1().customers().paymentMethods().list(known.get(0),
                CustomerPaymentMethodListParams.builder().setType(CustomerPaymentMethodListParams.Type.CARD).build(), on)
                .getData().stream().map(m -> card(m, m.getId().equals(preferred)))
                .sorted(Comparator.comparing(Card::preferred).reversed()).toList();
    }

    /** The Cove customer a Stripe Customer was created for, if Cove created it. */
    Optional<Owner> owner(String accountId, String stripeCustomerId) {
        return jdbc.sql("SELECT company_id, customer_id FROM stripe_customers WHERE account_id = ? AND stripe_customer_id = ?")
                .params(accountId, stripeCustomerId)
                .query((rs, n) -> new Owner(new CompanyId(rs.getObject("company_id", UUID.class)),
                        rs.getObject("customer_id", UUID.class)))
                .optional();
    }

    /** Makes the card the customer's default on Stripe, so it is the one charged; idempotent. */
    void prefer(String accountId, boolean livemode, String stripeCustomerId, String paymentMethodId)
            throws StripeException {
        stripe.platform(livemode).v1().customers().update(stripeCustomerId, CustomerUpdateParams.builder()
                .setInvoiceSettings(CustomerUpdateParams.InvoiceSettings.builder()
                        .setDefaultPaymentMethod(paymentMethodId).build()).build(), StripeClients.on(accountId));
    }

    /** Charges the customer's first saved card for the invoice's open balance, off session. */
    Charged charge(CompanyId company, UUID invoiceId) throws StripeException {
        ConnectedAccounts.Stored account = account(company);
        Invoice invoice = invoices.get(company, invoiceId);
        if (!invoice.status().payable()) {
            throw new BusinessRuleViolated("Invoice #" + invoice.number() + " has nothing to pay");
        }
        List<Card> cards = cards(company, invoice.customerId());
        if (cards.isEmpty()) {
            throw new BusinessRuleViolated(invoice.customerName() + " has no saved card");
        }
        String currency = invoice.currency().toLowerCase();
        long amount = MinorUnits.toMinor(invoice.balanceDue(), currency);
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder().setAmount(amount)
                .setCurrency(currency).setCustomer(known(company, invoice.customerId(), account.state().accountId()).get(0))
                .setPaymentMethod(cards.get(0).paymentMethodId()).setOffSession(true).setConfirm(true)
                .setDescription("Invoice #" + invoice.number())
                .putMetadata(PaymentSync.INVOICE, invoiceId.toString())
                .putMetadata(PaymentSync.COMPANY, company.value().toString()).putMetadata(PaymentSync.SURCHARGE, "0");
        long fee = MinorUnits.toMinor(invoice.balanceDue().multiply(settings.applicationFeePercent()).movePointLeft(2),
                currency);
        if (fee > 0) {
            params.setApplicationFeeAmount(fee);
        }
        String key = "cove-charge:" + invoiceId + ":" + invoice.balanceDue() + ":" + cards.get(0).paymentMethodId();
        PaymentIntent intent;
        try {
            intent = stripe.platform(account.state().livemode()).v1().paymentIntents().create(params.build(),
                    StripeClients.on(account.state().accountId(), key));
        }
        catch (CardException declined) {
            throw new BusinessRuleViolated("The card was declined: " + declined.getUserMessage());
        }
        sync.sync(account.state().accountId(), account.state().livemode(), intent.getId());
        return new Charged(intent.getId(), intent.getStatus(), invoices.get(company, invoiceId).status().name());
    }

    private ConnectedAccounts.Stored account(CompanyId company) {
        return accounts.of(company).filter(ConnectedAccounts.Stored::canCharge)
                .orElseThrow(() -> new BusinessRuleViolated("Stripe is not connected"));
    }

    private List<String> known(CompanyId company, UUID customerId, String accountId) {
        return jdbc.sql("SELECT stripe_customer_id FROM stripe_customers WHERE company_id = ? AND customer_id = ? "
                + "AND account_id = ?").params(company.value(), customerId, accountId).query(String.class).list();
    }

    private static Card card(PaymentMethod method, boolean preferred) {
        PaymentMethod.Card card = method.getCard();
        return new Card(method.getId(), card == null ? null : card.getBrand(), card == null ? null : card.getLast4(),
                card == null || card.getExpMonth() == null ? 0 : card.getExpMonth(),
                card == null || card.getExpYear() == null ? 0 : card.getExpYear(), preferred);
    }
}
