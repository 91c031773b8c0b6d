package dev.cove.integrations.sync;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.cove.customers.CustomerCreated;
import dev.cove.customers.CustomerDeactivated;
import dev.cove.customers.CustomerUpdated;
import dev.cove.integrations.ConnectionActivated;
import dev.cove.invoicing.InvoiceSent;
import dev.cove.invoicing.InvoiceUpdated;
import dev.cove.invoicing.InvoiceVoided;
import dev.cove.items.ItemChanged;
import dev.cove.payments.PaymentReceived;
import dev.cove.payments.RefundIssued;
import dev.cove.shared.CompanyId;

/**
 * Turns domain events into push tasks inside the publishing transaction (see package-info for why a
 * synchronous listener): the change and its task commit or roll back together.
 */
@Component
class SyncTriggers {

    private final SyncAdapters adapters;
    private final ConnectionGate gate;
    private final SyncTasks tasks;
    private final SyncControls controls;

    SyncTriggers(SyncAdapters adapters, ConnectionGate gate, SyncTasks tasks, SyncControls controls) {
        this.adapters = adapters;
        this.gate = gate;
        this.tasks = tasks;
        this.controls = controls;
    }

    @EventListener
    void on(CustomerCreated e) {
        changed(e.companyId(), RecordType.CUSTOMER, e.customerId());
    }

    @EventListener
    void on(CustomerUpdated e) {
        changed(e.companyId(), RecordType.CUSTOMER, e.customerId());
    }

    @EventListener
    void on(CustomerDeactivated e) {
        changed(e.companyId(), RecordType.CUSTOMER, e.customerId());
    }

    @EventListener
    void on(ItemChanged e) {
        changed(e.companyId(), RecordType.ITEM, e.itemId());
    }

    @EventListener
    void on(InvoiceSent e) {
        changed(e.companyId(), RecordType.INVOICE, e.invoiceId());
    }

    @EventListener
    void on(InvoiceUpdated e) {
        changed(e.companyId(), RecordType.INVOICE, e.invoiceId());
    }

    @EventListener
    void on(InvoiceVoided e) {
        changed(e.companyId(), RecordType.INVOICE, e.invoiceId());
    }

    @EventListener
    void on(PaymentReceived e) {
        changed(e.companyId(), RecordType.PAYMENT, e.paymentId());
    }

    @EventListener
    void on(RefundIssued e) {
        changed(e.companyId(), RecordType.REFUND, e.refundId());
    }

    /** A reconnect (or first connect) lets the waiting tasks go at once. */
    @EventListener
    void on(ConnectionActivated e) {
        if (adapters.of(e.provider()).isPresent()) {
            controls.wakeWaiting(e.companyId(), e.provider());
        }
    }

    private void changed(CompanyId company, RecordType type, UUID localId) {
        for (SyncAdapter adapter : adapters.all()) {
            if (adapter.pushes(type) && gate.linked(company, adapter.provider())) {
                tasks.changed(company, adapter.provider(), type, localId);
            }
        }
    }
}
