package dev.cove.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.customers.Visit;
import dev.cove.customers.Visits;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;
import dev.cove.shared.RecordNotFound;
import dev.cove.staff.CompanyCreated;

/**
 * The invoices of each company. Reads and writes are scoped to the caller's company; another
 * company's invoice is {@link RecordNotFound}. Every state change publishes its event in the same
 * transaction, and a change that breaks a rule writes nothing.
 */
@Service
public class Invoices {

    /** The first invoice number of a new company. */
    static final long FIRST_NUMBER = 1001;

    private final InvoiceRows rows;
    private final InvoicePricing pricing;
    private final Visits visits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Invoices(InvoiceRows rows, InvoicePricing pricing, Visits visits, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.rows = rows;
        this.pricing = pricing;
        this.visits = visits;
        this.events = events;
        this.transactions = transactions;
    }

    @EventListener
    void on(CompanyCreated created) {
        rows.startSequence(created.companyId(), FIRST_NUMBER);
    }

    /**
     * Creates a draft with the next number of the company's sequence. Visits on its lines become billed.
     * The company's sequence row stays locked until the commit, so every concurrent creator waits for
     * it: the invoice is read back after the commit, not while holding it.
     */
    public Invoice create(CompanyId company, InvoiceDraft draft) {
        return get(company, transactions.execute(status -> insert(company, draft)));
    }

    /** Creates a draft with one line per unbilled visit of the customer, oldest first. */
    public Invoice createFromUnbilledVisits(CompanyId company, UUID customerId) {
        return get(company, transactions.execute(status -> {
            List<Visit> unbilled = visits.unbilled(company, customerId);
            if (unbilled.isEmpty()) {
                throw new BusinessRuleViolated("customerId", "The customer has no unbilled visits");
            }
            List<InvoiceDraft.LineDraft> lines = unbilled.stream()
                    .map(v -> new InvoiceDraft.LineDraft(null, null, null, null, null, v.id(), null))
                    .toList();
            return insert(company, new InvoiceDraft(customerId, null, null, null, null, null, lines));
        }));
    }

    private UUID insert(CompanyId company, InvoiceDraft draft) {
        PricedInvoice priced = pricing.price(company, draft, null);
        UUID id = UUID.randomUUID();
        rows.insert(company, id, rows.nextNumber(company), priced, Instant.now());
        billVisits(company, id, priced);
        return id;
    }

    /** Replaces an unpaid draft or sent invoice's content. A sent invoice publishes {@link InvoiceUpdated}. */
    @Transactional
    public Invoice update(CompanyId company, UUID id, InvoiceDraft draft) {
        Invoice current = locked(company, id);
        if (!current.editable()) {
            throw new BusinessRuleViolated("A " + current.status().name().toLowerCase().replace('_', ' ')
                    + " invoice cannot be edited; void it and issue a new one");
        }
        PricedInvoice priced = pricing.price(company, draft, id);
        visits.release(company, id);
        rows.replace(company, id, priced, Instant.now());
        billVisits(company, id, priced);
        Invoice updated = get(company, id);
        if (updated.status() != InvoiceStatus.DRAFT) {
            events.publishEvent(new InvoiceUpdated(company, id, updated.number(), updated.customerId()));
        }
        return updated;
    }

    /**
     * Records that the invoice went to the customer. The first time turns a draft into a sent
     * invoice and publishes {@link InvoiceSent}; sending again changes nothing here.
     */
    @Transactional
    public Invoice markSent(CompanyId company, UUID id) {
        Invoice invoice = locked(company, id);
        if (invoice.status() == InvoiceStatus.VOID) {
            throw new BusinessRuleViolated("A void invoice cannot be sent");
        }
        if (invoice.status() != InvoiceStatus.DRAFT) {
            return invoice;
        }
        // Microseconds are what both databases keep, so the invoice returned equals the row re-read.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        rows.markSent(company, id, now);
        events.publishEvent(new InvoiceSent(company, id, invoice.number(), invoice.customerId()));
        return invoice.sentAt(now);
    }

    /** Voids an invoice nobody has paid (net of refunds); its visits become billable again. */
    @Transactional
    public Invoice voidInvoice(CompanyId company, UUID id) {
        Invoice invoice = locked(company, id);
        if (invoice.status() == InvoiceStatus.VOID) {
            return invoice;
        }
        if (invoice.netPaid().signum() != 0) {
            throw new BusinessRuleViolated("The invoice has payments of " + invoice.netPaid() + " " + invoice.currency()
                    + "; refund them before voiding it");
        }
        rows.markVoid(company, id, Instant.now());
        visits.release(company, id);
        events.publishEvent(new InvoiceVoided(company, id, invoice.number(), invoice.customerId()));
        return get(company, id);
    }

    /**
     * Applies a payment to the invoice's balance under a row lock, so two concurrent payments can
     * never together exceed it. Call in the transaction that records the payment.
     */
    @Transactional
    public Invoice applyPayment(CompanyId company, UUID id, BigDecimal amount) {
        Invoice invoice = locked(company, id);
        if (!invoice.status().payable()) {
            throw new BusinessRuleViolated("A " + invoice.status().name().toLowerCase().replace('_', ' ')
                    + " invoice cannot take payments" + (invoice.status() == InvoiceStatus.DRAFT ? "; send it first" : ""));
        }
        if (amount.signum() <= 0 || amount.compareTo(invoice.balanceDue()) > 0) {
            throw new BusinessRuleViolated("amount", "must be more than 0 and at most the balance due of "
                    + invoice.balanceDue() + " " + invoice.currency());
        }
        return settle(company, invoice, invoice.amountPaid().add(amount), invoice.amountRefunded());
    }

    /** Applies a refund: at most what the customer has paid and not yet been given back. */
    @Transactional
    public Invoice applyRefund(CompanyId company, UUID id, BigDecimal amount) {
        Invoice invoice = locked(company, id);
        if (amount.signum() <= 0 || amount.compareTo(invoice.netPaid()) > 0) {
            throw new BusinessRuleViolated("amount", "must be more than 0 and at most the " + invoice.netPaid() + " "
                    + invoice.currency() + " paid and not yet refunded");
        }
        return settle(company, invoice, invoice.amountPaid(), invoice.amountRefunded().add(amount));
    }

    private Invoice settle(CompanyId company, Invoice invoice, BigDecimal paid, BigDecimal refunded) {
        BigDecimal net = paid.subtract(refunded);
        InvoiceStatus status = invoice.status() == InvoiceStatus.VOID ? InvoiceStatus.VOID
                : net.compareTo(invoice.total()) >= 0 ? InvoiceStatus.PAID
                : net.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.SENT;
        rows.updateLedger(company, invoice.id(), paid, refunded, status, Instant.now());
        return get(company, invoice.id());
    }

    public Invoice get(CompanyId company, UUID id) {
        return rows.find(company, id).orElseThrow(() -> new RecordNotFound("Invoice", id));
    }

    /** The invoices among {@code ids} that exist in the company, with their lines, in no particular order. */
    public List<Invoice> getAll(CompanyId company, Collection<UUID> ids) {
        return rows.findAll(company, ids);
    }

    public PageResult<Invoice> list(CompanyId company, InvoiceStatus status, UUID customerId, PageRequest page) {
        return rows.list(company, status, customerId, page);
    }

    /** Count and open balance per status, for the dashboard. */
    public Map<InvoiceStatus, InvoiceSummary> summary(CompanyId company) {
        return rows.summary(company);
    }

    private Invoice locked(CompanyId company, UUID id) {
        if (!rows.lock(company, id)) {
            throw new RecordNotFound("Invoice", id);
        }
        return get(company, id);
    }

    private void billVisits(CompanyId company, UUID invoiceId, PricedInvoice priced) {
        List<UUID> visitIds = priced.lines().stream().map(PricedLine::visitId).filter(v -> v != null).toList();
        if (!visitIds.isEmpty()) {
            visits.markBilled(company, priced.customerId(), visitIds, invoiceId);
        }
    }
}
