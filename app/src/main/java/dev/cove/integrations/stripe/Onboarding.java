package dev.cove.integrations.stripe;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;

import org.springframework.stereotype.Service;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;

/**
 * Connects a company's Stripe account the way Stripe recommends for new platforms: Cove creates the connected
 * account (controller properties: full Stripe Dashboard, the account pays Stripe's fees) and sends the user
 * through hosted onboarding with a single-use Account Link. A return from onboarding proves nothing, so the
 * account is always re-read; {@code account.updated} keeps it current afterwards.
 */
@Service
class Onboarding {

    private final StripeClients stripe;
    private final ConnectedAccounts accounts;
    private final LocalAddress address;
    private final StripeMethod method;

    Onboarding(StripeClients stripe, ConnectedAccounts accounts, LocalAddress address, StripeMethod method) {
        this.stripe = stripe;
        this.accounts = accounts;
        this.address = address;
        this.method = method;
    }

    /**
     * Creates the account (or reuses the company's account of that mode) and answers the onboarding link.
     * Switching mode starts a new account: test and live objects never mix.
     */
    URI start(CompanyId company, String by, boolean livemode) {
        Optional<ConnectedAccounts.Stored> existing = accounts.of(company)
                .filter(s -> s.state().livemode() == livemode);
        try {
            Account account = existing.isPresent() ? reachable(existing.get().state().accountId(), livemode) : null;
            if (account == null) {
                account = stripe.platform(livemode).v1().accounts().create(AccountCreateParams.builder()
                        .setController(AccountCreateParams.Controller.builder()
                                .setStripeDashboard(AccountCreateParams.Controller.StripeDashboard.builder()
                                        .setType(AccountCreateParams.Controller.StripeDashboard.Type.FULL).build())
                                .setFees(AccountCreateParams.Controller.Fees.builder()
                                        .setPayer(AccountCreateParams.Controller.Fees.Payer.ACCOUNT).build())
                                .build())
                        .putMetadata("cove_company_id", company.value().toString())
                        .build());
            }
            accounts.save(company, AccountState.of(account, livemode), by);
            method.of(company);
            return link(account.getId(), livemode);
        }
        catch (StripeException failed) {
            throw new BusinessRuleViolated("Stripe refused to start onboarding: " + failed.getUserMessage());
        }
    }

    /** The account if Cove can still reach it; null after it removed Cove (a new account is then created). */
    private Account reachable(String accountId, boolean livemode) throws StripeException {
        try {
            return stripe.platform(livemode).v1().accounts().retrieve(accountId);
        }
        catch (com.stripe.exception.PermissionException | com.stripe.exception.InvalidRequestException gone) {
            return null;
        }
    }

    /** A fresh onboarding link for the company's account ("Resume setup", or an expired link). */
    URI resume(CompanyId company) {
        ConnectedAccounts.Stored stored = accounts.of(company)
                .orElseThrow(() -> new BusinessRuleViolated("Connect Stripe first"));
        try {
            return link(stored.state().accountId(), stored.state().livemode());
        }
        catch (StripeException failed) {
            throw new BusinessRuleViolated("Stripe refused a new onboarding link: " + failed.getUserMessage());
        }
    }

    /** Re-reads the company's account after onboarding; the state shows what Stripe still needs. */
    Optional<AccountState> returned(CompanyId company, String by) {
        return accounts.of(company).map(stored -> {
            AccountState state = read(stored.state().accountId(), stored.state().livemode());
            accounts.save(company, state, by);
            return state;
        });
    }

    /** {@code account.updated}: re-reads the account; true when it belongs to a company. */
    boolean updated(String accountId, boolean livemode) {
        if (accounts.byAccount(accountId).isEmpty()) {
            return false;
        }
        return accounts.refresh(read(accountId, livemode));
    }

    /** {@code account.application.deauthorized}: the account removed Cove; the card turns grey. */
    void deauthorized(String accountId) {
        accounts.byAccount(accountId).ifPresent(stored -> accounts.end(stored.company(),
                "The Stripe account removed Cove's access on " + LocalDate.now(ZoneOffset.UTC)
                        + ". Payment records are kept; connect again to take card payments."));
    }

    void disconnect(CompanyId company, String by) {
        accounts.end(company, "Disconnected by " + by + " on " + LocalDate.now(ZoneOffset.UTC)
                + ". Payment records are kept in Cove and in Stripe.");
    }

    AccountState read(String accountId, boolean livemode) {
        try {
            return AccountState.of(stripe.platform(livemode).v1().accounts().retrieve(accountId), livemode);
        }
        catch (StripeException failed) {
            throw new IllegalStateException("Reading Stripe account " + accountId + " failed: " + failed.getMessage(),
                    failed);
        }
    }

    private URI link(String accountId, boolean livemode) throws StripeException {
        String base = address.cove() + "/settings/integrations/stripe";
        AccountLink link = stripe.platform(livemode).v1().accountLinks().create(AccountLinkCreateParams.builder()
                .setAccount(accountId).setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setReturnUrl(base + "/return").setRefreshUrl(base + "/refresh").build());
        return URI.create(link.getUrl());
    }
}
