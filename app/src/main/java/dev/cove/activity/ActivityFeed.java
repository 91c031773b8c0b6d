package dev.cove.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import dev.cove.customers.CustomerCreated;
import dev.cove.customers.CustomerDeactivated;
import dev.cove.customers.CustomerUpdated;
import dev.cove.invoicing.InvoiceSent;
import dev.cove.invoicing.InvoiceUpdated;
import dev.cove.invoicing.InvoiceVoided;
import dev.cove.items.ItemChanged;
import dev.cove.payments.PaymentReceived;
import dev.cove.payments.RefundIssued;
import dev.cove.sales.LeadCreated;
import dev.cove.sales.QuoteAccepted;
import dev.cove.scheduling.AppointmentBooked;
import dev.cove.scheduling.AppointmentCancelled;
import dev.cove.scheduling.AppointmentChanged;
import dev.cove.shared.CompanyId;

/** Writes every business event into the company's feed and reads the feed back. */
@Service
public class ActivityFeed {

    private final JdbcClient jdbc;

    ActivityFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Activity> recent(CompanyId company, int limit) {
        return jdbc.sql("SELECT occurred_at, kind, summary FROM activity WHERE company_id = ? ORDER BY occurred_at DESC LIMIT ?")
                .params(company.value(), limit)
                .query((rs, n) -> new Activity(rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
                        rs.getString("summary")))
                .list();
    }

    @ApplicationModuleListener
    void on(CustomerCreated e) {
        add(e.companyId(), "customer", "New customer " + e.displayName());
    }

    @ApplicationModuleListener
    void on(CustomerUpdated e) {
        add(e.companyId(), "customer", "Customer " + e.displayName() + " updated");
    }

    @ApplicationModuleListener
    void on(CustomerDeactivated e) {
        add(e.companyId(), "customer", "Customer " + e.displayName() + " deactivated");
    }

    @ApplicationModuleListener
    void on(ItemChanged e) {
        add(e.companyId(), "item", "Item " + e.name() + " changed");
    }

    @ApplicationModuleListener
    void on(InvoiceSent e) {
        add(e.companyId(), "invoice", "Invoice #" + e.number() + " sent");
    }

    @ApplicationModuleListener
    void on(InvoiceUpdated e) {
        add(e.companyId(), "invoice", "Invoice #" + e.number() + " updated");
    }

    @ApplicationModuleListener
    void on(InvoiceVoided e) {
        add(e.companyId(), "invoice", "Invoice #" + e.number() + " voided");
    }

    @ApplicationModuleListener
    void on(PaymentReceived e) {
        add(e.companyId(), "payment", "Payment of " + e.amount() + " received (" + e.method() + ")");
    }

    @ApplicationModuleListener
    void on(RefundIssued e) {
        add(e.companyId(), "payment", "Refund of " + e.amount() + " issued");
    }

    @ApplicationModuleListener
    void on(AppointmentBooked e) {
        add(e.companyId(), "appointment", "Appointment booked: " + e.title());
    }

    @ApplicationModuleListener
    void on(AppointmentChanged e) {
        add(e.companyId(), "appointment", "Appointment changed: " + e.title());
    }

    @ApplicationModuleListener
    void on(AppointmentCancelled e) {
        add(e.companyId(), "appointment", "Appointment cancelled");
    }

    @ApplicationModuleListener
    void on(LeadCreated e) {
        add(e.companyId(), "lead", "New lead " + e.name() + " from " + e.source());
    }

    @ApplicationModuleListener
    void on(QuoteAccepted e) {
        add(e.companyId(), "quote", "Quote accepted: " + e.title() + " (" + e.total() + ")");
    }

    void add(CompanyId company, String kind, String summary) {
        jdbc.sql("INSERT INTO activity (id, company_id, occurred_at, kind, summary) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), company.value(), Instant.now(), kind, summary).update();
    }
}
