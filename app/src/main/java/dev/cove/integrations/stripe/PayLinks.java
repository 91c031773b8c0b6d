package dev.cove.integrations.stripe;

import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
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

    /** An invoice a link points to. */
    record Target(CompanyId company, UUID invoiceId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ConnectedAccounts accounts;
    private final LocalAddress address;

    PayLinks(JdbcClient jdbc, ConnectedAccounts accounts, LocalAddress address) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.address = address;
    }

    @Override
    public Optional<URI> linkFor(CompanyId company, Invoice invoice) {
        if (!invoice.status().payable() || accounts.of(company).filter(ConnectedAccounts.Stored::canCharge).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(URI.create(address.cove() + "/pay/stripe/" + token(company, invoice.id())));
    }

    Optional<Target> target(String token) {
        return jdbc.sql("SELECT company_id, invoice_id FROM stripe_pay_links WHERE token = ?").param(token)
                .query((rs, n) -> new Target(new CompanyId(rs.getObject("company_id", UUID.class)),
                        rs.getObject("invoice_id", UUID.class)))
                .optional();
    }

    private String token(CompanyId company, UUID invoiceId) {
        Optional<String> existing = existing(company, invoiceId);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            jdbc.sql("INSERT INTO stripe_pay_links (token, company_id, invoice_id, created_at) VALUES (?, ?, ?, ?)")
                    .params(token, company.value(), invoiceId, OffsetDateTime.now(ZoneOffset.UTC)).update();
            return token;
        }
        catch (DuplicateKeyException raced) {
            return existing(company, invoiceId).orElseThrow();
        }
    }

    private Optional<String> existing(CompanyId company, UUID invoiceId) {
        return jdbc.sql("SELECT token FROM stripe_pay_links WHERE company_id = ? AND invoice_id = ?")
                .params(company.value(), invoiceId).query(String.class).optional();
    }
}
