package dev.cove.integrations.stripe;

import java.net.URI;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.PayNowLinks;
import dev.cove.shared.CompanyId;

/**
 * Pay now links for invoices of companies whose Stripe account can take charges. The link is a Cove address
 * with a random token per invoice (stable, so every email of the invoice carries the same link); opening it
 * shows the balance, and any surcharge, before Cove creates a Checkout Session for it.
 */
@Component
class PayLinks implements PayNowLinks {

    private final LinkTokens tokens;
    private final ConnectedAccounts accounts;
    private final LocalAddress address;

    PayLinks(JdbcClient jdbc, ConnectedAccounts accounts, LocalAddress address) {
        this.tokens = new LinkTokens(jdbc, "stripe_pay_links", "invoice_id");
        this.accounts = accounts;
        this.address = address;
    }

    @Override
    public Optional<URI> linkFor(CompanyId company, Invoice invoice) {
        if (!invoice.status().payable() || accounts.of(company).filter(ConnectedAccounts.Stored::canCharge).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(URI.create(address.cove() + "/pay/stripe/" + tokens.tokenFor(company, invoice.id())));
    }

    /** The invoice a token points to. */
    Optional<LinkTokens.Target> target(String token) {
        return tokens.target(token);
    }
}
