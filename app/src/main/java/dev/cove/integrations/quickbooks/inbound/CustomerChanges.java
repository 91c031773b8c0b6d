package dev.cove.integrations.quickbooks.inbound;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.integrations.Provider;
import dev.cove.integrations.quickbooks.CustomerMapping;
import dev.cove.integrations.quickbooks.QboCustomer;
import dev.cove.integrations.sync.InboundLinks;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.CompanyId;

/**
 * A QuickBooks customer as it is now, brought into Cove: the linked customer is updated (and
 * deactivated or reactivated); an unlinked one is adopted when a Cove customer has its exact name and
 * no QuickBooks record yet (unless the person skipped it in the connect preview), else created when the
 * direction allows. A Cove change not yet pushed wins:
 * its push follows. The applied version is recorded on the link, so nothing is echoed back.
 */
@Component
class CustomerChanges {

    private static final Logger log = LoggerFactory.getLogger(CustomerChanges.class);

    private final Customers customers;
    private final CoveRecords records;
    private final InboundLinks links;
    private final InboundSettings settings;
    private final QuickBooksPreview preview;

    CustomerChanges(Customers customers, CoveRecords records, InboundLinks links, InboundSettings settings,
            QuickBooksPreview preview) {
        this.preview = preview;
        this.customers = customers;
        this.records = records;
        this.links = links;
        this.settings = settings;
    }

    /** Joins the caller's transaction. */
    void apply(CompanyId company, QboCustomer remote) {
        if (!settings.pulls(settings.customers())) {
            return;
        }
        Optional<InboundLinks.Snapshot> link = links.byRemoteId(company, Provider.QUICKBOOKS, RecordType.CUSTOMER,
                remote.id());
        if (link.isPresent()) {
            update(company, link.get(), remote);
            return;
        }
        Optional<Customer> namesake = records.customerNamed(company, remote.displayName());
        if (namesake.isPresent() && preview.excluded(company, RecordType.CUSTOMER, namesake.get().id())) {
            // The person chose to keep this record out of QuickBooks when connecting: no adopting it either.
            return;
        }
        if (namesake.isPresent()) {
            Optional<InboundLinks.Snapshot> other = links.byLocalId(company, Provider.QUICKBOOKS, RecordType.CUSTOMER,
                    namesake.get().id());
            if (other.isPresent() && other.get().remoteId() == null && other.get().localChangePending()) {
                throw new ChangeDeferred("Cove is creating '" + remote.displayName() + "' in QuickBooks right now");
            }
            if (other.isEmpty() || other.get().remoteId() == null) {
                write(company, namesake.get(), remote);
                return;
            }
            log.warn("QuickBooks customer {} '{}' is new, but its name belongs to a Cove customer linked to {}",
                    remote.id(), remote.displayName(), other.get().remoteId());
            return;
        }
        if (remote.activeInQuickBooks()) {
            Customer created = customers.create(company, CustomerMapping.toCove(remote, null));
            links.applied(company, Provider.QUICKBOOKS, RecordType.CUSTOMER, created.id(), remote.id(), remote.syncToken());
        }
    }

    private void update(CompanyId company, InboundLinks.Snapshot link, QboCustomer remote) {
        if (link.localChangePending() || remote.syncToken() != null && remote.syncToken().equals(link.remoteVersion())) {
            return;
        }
        customers.find(company, link.localId()).ifPresent(current -> write(company, current, remote));
    }

    private void write(CompanyId company, Customer current, QboCustomer remote) {
        customers.update(company, current.id(), CustomerMapping.toCove(remote, current));
        if (remote.activeInQuickBooks() && !current.active()) {
            customers.reactivate(company, current.id());
        } else if (!remote.activeInQuickBooks() && current.active()) {
            customers.deactivate(company, current.id());
        }
        links.applied(company, Provider.QUICKBOOKS, RecordType.CUSTOMER, current.id(), remote.id(), remote.syncToken());
    }
}
