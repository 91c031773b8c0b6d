package dev.cove.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.Text;
import dev.cove.invoicing.Invoice;
import dev.cove.invoicing.InvoiceLedger;
import dev.cove.invoicing.Invoices;
import dev.cove.settings.CompanySettings;
import dev.cove.settings.PaymentMethod;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.InvalidRequest;

/**
 * Records payments and refunds. Each one is checked against the invoice under its row lock
 * (see {@link Invoices#applyPayment}), stored, and published, all in one transaction.
 */
@Service
public class Payments implements InvoiceLedger {

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final CompanySettings settings;
    private final ApplicationEventPublisher events;

    Payments(JdbcClient jdbc, Invoices invoices, CompanySettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public Payment record(CompanyId company, UUID invoiceId, PaymentDetails details) {
        PaymentMethod method = settings.paymentMethod(company, details.methodId())
                .orElseThrow(() -> new InvalidRequest("methodId", "is not a payment method of this company"));
        BigDecimal amount = cents(details.amount());
        invoices.applyPayment(company, invoiceId, amount);
        Payment payment = new Payment(UUID.randomUUID(), invoiceId, amount, method.id(), method.name(),
                details.paidOn() != null ? details.paidOn() : LocalDate.now(), Text.blankToNull(details.reference()), Instant.now());
        jdbc.sql("""
                INSERT INTO payments (id, company_id, invoice_id, amount, method_id, method_name, paid_on, reference, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(payment.id(), company.value(), invoiceId, payment.amount(), payment.methodId(), payment.method(),
                        payment.paidOn(), payment.reference(), payment.createdAt())
                .update();
        events.publishEvent(new PaymentReceived(company, payment.id(), invoiceId, payment.amount(), payment.method()));
        return payment;
    }

    @Transactional
    public Refund refund(CompanyId company, UUID invoiceId, RefundDetails details) {
        BigDecimal amount = cents(details.amount());
        Invoice invoice = invoices.applyRefund(company, invoiceId, amount);
        if (details.paymentId() != null) {
            Payment payment = payments(company, invoiceId).stream().filter(p -> p.id().equals(details.paymentId()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequest("paymentId", "is not a payment of invoice #" + invoice.number()));
            BigDecimal refunded = refunds(company, invoiceId).stream().filter(r -> payment.id().equals(r.paymentId()))
                    .map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (refunded.add(amount).compareTo(payment.amount()) > 0) {
                throw new BusinessRuleViolated("amount", "must be at most the " + payment.amount().subtract(refunded)
                        + " left to refund on that payment");
            }
        }
        Refund refund = new Refund(UUID.randomUUID(), invoiceId, details.paymentId(), amount,
                details.refundedOn() != null ? details.refundedOn() : LocalDate.now(), Text.blankToNull(details.reason()),
                Instant.now());
        jdbc.sql("""
                INSERT INTO refunds (id, company_id, invoice_id, payment_id, amount, refunded_on, reason, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(refund.id(), company.value(), invoiceId, refund.paymentId(), refund.amount(), refund.refundedOn(),
                        refund.reason(), refund.createdAt())
                .update();
        events.publishEvent(new RefundIssued(company, refund.id(), invoiceId, refund.paymentId(), refund.amount()));
        return refund;
    }

    public List<Payment> payments(CompanyId company, UUID invoiceId) {
        return jdbc.sql("""
                SELECT id, invoice_id, amount, method_id, method_name, paid_on, reference, created_at
                FROM payments WHERE company_id = ? AND invoice_id = ? ORDER BY paid_on, created_at""")
                .params(company.value(), invoiceId)
                .query((rs, n) -> new Payment(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
                        rs.getBigDecimal("amount"), rs.getObject("method_id", UUID.class), rs.getString("method_name"),
                        rs.getObject("paid_on", LocalDate.class), rs.getString("reference"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public List<Refund> refunds(CompanyId company, UUID invoiceId) {
        return jdbc.sql("""
                SELECT id, invoice_id, payment_id, amount, refunded_on, reason, created_at
                FROM refunds WHERE company_id = ? AND invoice_id = ? ORDER BY refunded_on, created_at""")
                .params(company.value(), invoiceId)
                .query((rs, n) -> new Refund(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
                        rs.getObject("payment_id", UUID.class), rs.getBigDecimal("amount"),
                        rs.getObject("refunded_on", LocalDate.class), rs.getString("reason"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public List<Entry> entriesFor(CompanyId company, UUID invoiceId) {
        return Stream.concat(
                        payments(company, invoiceId).stream().map(p -> new Entry(p.id(), "Payment", p.paidOn(), p.amount(),
                                p.method(), p.reference())),
                        refunds(company, invoiceId).stream().map(r -> new Entry(r.id(), "Refund", r.refundedOn(),
                                r.amount().negate(), null, r.reason())))
                .sorted(Comparator.comparing(Entry::date))
                .toList();
    }

    /** Amounts are validated to have at most two decimals; stored and published with exactly two. */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2);
    }
}
