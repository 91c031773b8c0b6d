package dev.cove.integrations.stripe;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.cove.shared.CompanyId;

/**
 * The Stripe side of Cove's payments: one row per PaymentIntent (its primary key is what makes a payment
 * recorded exactly once), its fee lines from the balance transaction, and one row per Stripe refund.
 */
@Repository
class StripeLedger {

    /** A PaymentIntent Cove has recorded; {@code paymentId} is null when it could not be applied to the invoice. */
    record StripePayment(String paymentIntentId, CompanyId company, String accountId, UUID invoiceId, UUID paymentId,
            BigDecimal amount, BigDecimal surcharge, BigDecimal fee, BigDecimal net, String currency,
            String unappliedReason) {
    }

    /** One entry of the balance transaction's {@code fee_details}. */
    record Fee(String type, BigDecimal amount, String currency, String description) {
    }

    private final JdbcClient jdbc;

    StripeLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StripePayment> payment(String paymentIntentId) {
        return jdbc.sql(SELECT + " WHERE payment_intent_id = ?").param(paymentIntentId).query(this::row).optional();
    }

    Optional<StripePayment> byCovePayment(CompanyId company, UUID paymentId) {
        return jdbc.sql(SELECT + " WHERE company_id = ? AND payment_id = ?").params(company.value(), paymentId)
                .query(this::row).optional();
    }

    List<StripePayment> payments(CompanyId company, UUID invoiceId) {
        return jdbc.sql(SELECT + " WHERE company_id = ? AND invoice_id = ? ORDER BY created_at")
                .params(company.value(), invoiceId).query(this::row).list();
    }

    /** Claims the PaymentIntent; a second claim fails on the primary key. */
    void insertPayment(StripePayment p, String chargeId, String balanceTransactionId) {
        jdbc.sql("""
                INSERT INTO stripe_payments (payment_intent_id, company_id, account_id, invoice_id, payment_id, charge_id,
                  balance_transaction_id, amount, surcharge, fee, net, currency, unapplied_reason, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.paymentIntentId(), p.company().value(), p.accountId(), p.invoiceId(), p.paymentId(), chargeId,
                        balanceTransactionId, p.amount(), p.surcharge(), p.fee(), p.net(), p.currency(),
                        p.unappliedReason(), now())
                .update();
    }

    void linkPayment(String paymentIntentId, UUID paymentId) {
        jdbc.sql("UPDATE stripe_payments SET payment_id = ? WHERE payment_intent_id = ?")
                .params(paymentId, paymentIntentId).update();
    }

    void linkRefund(String refundId, UUID coveRefundId) {
        jdbc.sql("UPDATE stripe_refunds SET cove_refund_id = ? WHERE refund_id = ?").params(coveRefundId, refundId)
                .update();
    }

    void insertFees(StripePayment p, List<Fee> fees) {
        for (int i = 0; i < fees.size(); i++) {
            Fee fee = fees.get(i);
            jdbc.sql("""
                    INSERT INTO stripe_fees (payment_intent_id, company_id, line, type, amount, currency, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.paymentIntentId(), p.company().value(), i + 1, fee.type(), fee.amount(), fee.currency(),
                            fee.description())
                    .update();
        }
    }

    List<Fee> fees(String paymentIntentId) {
        return jdbc.sql("SELECT type, amount, currency, description FROM stripe_fees WHERE payment_intent_id = ? "
                + "ORDER BY line").param(paymentIntentId)
                .query((rs, n) -> new Fee(rs.getString("type"), rs.getBigDecimal("amount"), rs.getString("currency"),
                        rs.getString("description")))
                .list();
    }

    boolean hasRefund(String refundId) {
        return jdbc.sql("SELECT COUNT(*) FROM stripe_refunds WHERE refund_id = ?").param(refundId)
                .query(Long.class).single() > 0;
    }

    /** Claims the Stripe refund; a second claim fails on the primary key. */
    void insertRefund(String refundId, CompanyId company, String paymentIntentId, UUID coveRefundId, BigDecimal amount) {
        jdbc.sql("""
                INSERT INTO stripe_refunds (refund_id, company_id, payment_intent_id, cove_refund_id, amount, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(refundId, company.value(), paymentIntentId, coveRefundId, amount, now()).update();
    }

    long refundCount(String paymentIntentId) {
        return jdbc.sql("SELECT COUNT(*) FROM stripe_refunds WHERE payment_intent_id = ?").param(paymentIntentId)
                .query(Long.class).single();
    }

    private static final String SELECT = """
            SELECT payment_intent_id, company_id, account_id, invoice_id, payment_id, amount, surcharge, fee, net, currency,
              unapplied_reason FROM stripe_payments""";

    private StripePayment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StripePayment(rs.getString("payment_intent_id"), new CompanyId(rs.getObject("company_id", UUID.class)),
                rs.getString("account_id"), rs.getObject("invoice_id", UUID.class), rs.getObject("payment_id", UUID.class),
                rs.getBigDecimal("amount"), rs.getBigDecimal("surcharge"), rs.getBigDecimal("fee"),
                rs.getBigDecimal("net"), rs.getString("currency"), rs.getString("unapplied_reason"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
