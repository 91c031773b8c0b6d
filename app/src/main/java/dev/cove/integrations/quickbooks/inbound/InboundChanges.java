package dev.cove.integrations.quickbooks.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.quickbooks.QboCustomer;
import dev.cove.integrations.quickbooks.QboInvoice;
import dev.cove.integrations.quickbooks.QboItem;
import dev.cove.integrations.quickbooks.QuickBooksClient;
import dev.cove.integrations.quickbooks.QuickBooksEntity;
import dev.cove.integrations.quickbooks.QuickBooksFault;
import dev.cove.shared.CompanyId;
import dev.cove.shared.InvalidRequest;

/**
 * One QuickBooks record change brought into one company, each in its own transaction: customers and
 * items are applied, invoices checked for edits, everything else ignored. Webhooks name the record, so
 * it is read first; CDC and full pulls hand it over. A change Cove refuses (a name or SKU another Cove
 * record holds) is logged and skipped; a failure to reach QuickBooks is thrown, so the task retries.
 */
@Component
class InboundChanges {

    private static final Logger log = LoggerFactory.getLogger(InboundChanges.class);

    private final QuickBooksClient client;
    private final CustomerChanges customers;
    private final ItemChanges items;
    private final InvoiceEdits invoices;
    private final TransactionTemplate tx;

    InboundChanges(QuickBooksClient client, CustomerChanges customers, ItemChanges items, InvoiceEdits invoices,
            TransactionTemplate tx) {
        this.client = client;
        this.customers = customers;
        this.items = items;
        this.invoices = invoices;
        this.tx = tx;
    }

    static boolean handles(String entity) {
        return "Customer".equals(entity) || "Item".equals(entity) || "Invoice".equals(entity);
    }

    /** Reads the record named by a notification and applies it. */
    void read(CompanyId company, AccessToken token, String entity, String id) {
        if (!handles(entity) || id == null) {
            return;
        }
        Object record;
        try {
            record = switch (entity) {
                case "Customer" -> client.read(token, QuickBooksEntity.CUSTOMER, id);
                case "Item" -> client.read(token, QuickBooksEntity.ITEM, id);
                default -> client.read(token, QuickBooksEntity.INVOICE, id);
            };
        } catch (QuickBooksFault fault) {
            if (fault.kind() == QuickBooksFault.Kind.PERMANENT) {
                log.info("QuickBooks {} {} could not be read ({}); left out", entity, id, fault.getMessage());
                return;
            }
            throw fault;
        }
        apply(company, record);
    }

    /** Applies a record QuickBooks handed over in full. */
    void apply(CompanyId company, Object record) {
        try {
            tx.executeWithoutResult(status -> {
                if (record instanceof QboCustomer customer) {
                    customers.apply(company, customer);
                } else if (record instanceof QboItem item) {
                    items.apply(company, item);
                } else if (record instanceof QboInvoice invoice) {
                    invoices.seen(company, invoice);
                }
            });
        } catch (InvalidRequest refused) {
            log.warn("Cove refused a QuickBooks change for company {}: {}", company.value(), refused.getMessage());
        }
    }
}
