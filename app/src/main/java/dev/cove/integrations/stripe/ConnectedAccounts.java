package dev.cove.integrations.stripe;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.integrations.ConnectionStatus;
import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;

/**
 * Each company's connected Stripe account ({@code stripe_accounts}) and its row in the hub's
 * {@code integration_connections}, which the Integrations page reads. Stripe has no OAuth grant here:
 * Cove calls with the platform key and {@code Stripe-Account}, so no token is stored.
 */
@Repository
class ConnectedAccounts {

    /** A company's account as stored; {@code connected} is false after a disconnect or deauthorization. */
    record Stored(CompanyId company, AccountState state, boolean passCardFee, ConnectionStatus status) {

        boolean canCharge() {
            return status == ConnectionStatus.ACTIVE && state.chargesEnabled();
        }
    }

    private final JdbcClient jdbc;

    ConnectedAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> of(CompanyId company) {
        return jdbc.sql(SELECT + " WHERE a.company_id = ?").param(company.value()).query(this::stored).optional();
    }

    Optional<Stored> byAccount(String accountId) {
        return jdbc.sql(SELECT + " WHERE a.account_id = ?").param(accountId).query(this::stored).optional();
    }

    java.util.List<Stored> connected() {
        return jdbc.sql(SELECT + " WHERE c.status <> ?").param(ConnectionStatus.NOT_CONNECTED.name())
                .query(this::stored).list();
    }

    /** Stores the account as Stripe reports it and sets the connection's status from it. */
    @Transactional
    void save(CompanyId company, AccountState state, String by) {
        int updated = jdbc.sql("""
                UPDATE stripe_accounts SET account_id = ?, livemode = ?, business_name = ?, charges_enabled = ?,
                  payouts_enabled = ?, details_submitted = ?, requirements_due = ?, updated_at = ? WHERE company_id = ?""")
                .params(state.accountId(), state.livemode(), state.businessName(), state.chargesEnabled(),
                        state.payoutsEnabled(), state.detailsSubmitted(), String.join(",", state.due()), now(),
                        company.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO stripe_accounts (company_id, account_id, livemode, business_name, charges_enabled,
                      payouts_enabled, details_submitted, requirements_due, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(company.value(), state.accountId(), state.livemode(), state.businessName(),
                            state.chargesEnabled(), state.payoutsEnabled(), state.detailsSubmitted(),
                            String.join(",", state.due()), now())
                    .update();
        }
        connection(company, state.status(), state.accountId(), state.businessName(), by, state.reason());
    }

    /** Updates a known account without turning a disconnected connection back on. */
    @Transactional
    boolean refresh(AccountState state) {
        Optional<Stored> known = byAccount(state.accountId());
        if (known.isEmpty()) {
            return false;
        }
        if (known.get().status() == ConnectionStatus.NOT_CONNECTED) {
            jdbc.sql("UPDATE stripe_accounts SET business_name = ?, charges_enabled = ?, payouts_enabled = ?, "
                    + "details_submitted = ?, requirements_due = ?, updated_at = ? WHERE account_id = ?")
                    .params(state.businessName(), state.chargesEnabled(), state.payoutsEnabled(),
                            state.detailsSubmitted(), String.join(",", state.due()), now(), state.accountId())
                    .update();
            return true;
        }
        save(known.get().company(), state, null);
        return true;
    }

    /** Ends the connection and keeps account and every payment record. */
    @Transactional
    void end(CompanyId company, String reason) {
        jdbc.sql("UPDATE integration_connections SET status = ?, status_reason = ?, updated_at = ? "
                + "WHERE company_id = ? AND provider = ?")
                .params(ConnectionStatus.NOT_CONNECTED.name(), reason, now(), company.value(), Provider.STRIPE.name())
                .update();
    }

    void passCardFee(CompanyId company, boolean pass) {
        jdbc.sql("UPDATE stripe_accounts SET pass_card_fee = ?, updated_at = ? WHERE company_id = ?")
                .params(pass, now(), company.value()).update();
    }

    private void connection(CompanyId company, ConnectionStatus status, String accountId, String name, String by,
            String reason) {
        int updated = jdbc.sql("""
                UPDATE integration_connections SET status = ?, account_id = ?, account_name = ?,
                  connected_by = COALESCE(?, connected_by), connected_at = COALESCE(connected_at, ?), status_reason = ?,
                  updated_at = ? WHERE company_id = ? AND provider = ?""")
                .params(status.name(), accountId, name, by, now(), reason, now(), company.value(), Provider.STRIPE.name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO integration_connections (id, company_id, provider, status, account_id, account_name,
                      connected_by, connected_at, status_reason, paused, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)""")
                    .params(UUID.randomUUID(), company.value(), Provider.STRIPE.name(), status.name(), accountId, name,
                            by, now(), reason, now())
                    .update();
        }
    }

    private static final String SELECT = """
            SELECT a.company_id, a.account_id, a.livemode, a.business_name, a.charges_enabled, a.payouts_enabled,
              a.details_submitted, a.requirements_due, a.pass_card_fee, c.status
            FROM stripe_accounts a JOIN integration_connections c ON c.company_id = a.company_id AND c.provider = 'STRIPE'""";

    private Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String due = rs.getString("requirements_due");
        AccountState state = new AccountState(rs.getString("account_id"), rs.getBoolean("livemode"),
                rs.getString("business_name"), rs.getBoolean("charges_enabled"), rs.getBoolean("payouts_enabled"),
                rs.getBoolean("details_submitted"),
                due == null || due.isBlank() ? java.util.List.of() : java.util.List.of(due.split(",")),
                java.util.List.of());
        return new Stored(new CompanyId(rs.getObject("company_id", UUID.class)), state, rs.getBoolean("pass_card_fee"),
                ConnectionStatus.valueOf(rs.getString("status")));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
