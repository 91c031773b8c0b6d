package dev.cove.integrations.quickbooks.inbound;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.integrations.quickbooks.ItemMapping;
import dev.cove.integrations.quickbooks.QboItem;
import dev.cove.integrations.sync.InboundLinks;
import dev.cove.integrations.sync.RecordType;
import dev.cove.items.Item;
import dev.cove.items.ItemDetails;
import dev.cove.items.Items;
import dev.cove.shared.CompanyId;

/**
 * A QuickBooks item as it is now, brought into Cove, by the same rules as {@link CustomerChanges}.
 * QuickBooks types Cove has no kind for (bundles, categories) are left out.
 */
@Component
class ItemChanges {

    private static final Logger log = LoggerFactory.getLogger(ItemChanges.class);

    private final Items items;
    private final CoveRecords records;
    private final InboundLinks links;
    private final InboundSettings settings;
    private final QuickBooksPreview preview;

    ItemChanges(Items items, CoveRecords records, InboundLinks links, InboundSettings settings,
            QuickBooksPreview preview) {
        this.preview = preview;
        this.items = items;
        this.records = records;
        this.links = links;
        this.settings = settings;
    }

    /** Joins the caller's transaction. */
    void apply(CompanyId company, QboItem remote) {
        if (!settings.pulls(settings.items()) || !knownKind(remote)) {
            return;
        }
        Optional<InboundLinks.Snapshot> link = links.byRemoteId(company, Provider.QUICKBOOKS, RecordType.ITEM, remote.id());
        if (link.isPresent()) {
            InboundLinks.Snapshot l = link.get();
            if (!l.localChangePending() && !(remote.syncToken() != null && remote.syncToken().equals(l.remoteVersion()))) {
                items.find(company, l.localId()).ifPresent(current -> write(company, current, remote));
            }
            return;
        }
        Optional<Item> namesake = records.itemNamed(company, remote.name());
        if (namesake.isPresent() && preview.excluded(company, RecordType.ITEM, namesake.get().id())) {
            // The person chose to keep this record out of QuickBooks when connecting: no adopting it either.
            return;
        }
        if (namesake.isPresent()) {
            Optional<InboundLinks.Snapshot> other = links.byLocalId(company, Provider.QUICKBOOKS, RecordType.ITEM,
                    namesake.get().id());
            if (other.isPresent() && other.get().remoteId() == null && other.get().localChangePending()) {
                throw new ChangeDeferred("Cove is creating '" + remote.name() + "' in QuickBooks right now");
            }
            if (other.isEmpty() || other.get().remoteId() == null) {
                write(company, namesake.get(), remote);
            } else {
                log.warn("QuickBooks item {} '{}' is new, but its name belongs to a Cove item linked to {}", remote.id(),
                        remote.name(), other.get().remoteId());
            }
            return;
        }
        if (remote.activeInQuickBooks()) {
            Item created = items.create(company, ItemMapping.toCove(remote, null));
            links.applied(company, Provider.QUICKBOOKS, RecordType.ITEM, created.id(), remote.id(), remote.syncToken());
        }
    }

    private void write(CompanyId company, Item current, QboItem remote) {
        ItemDetails details = ItemMapping.toCove(remote, current);
        items.update(company, current.id(), details);
        items.setActive(company, current.id(), remote.activeInQuickBooks());
        links.applied(company, Provider.QUICKBOOKS, RecordType.ITEM, current.id(), remote.id(), remote.syncToken());
    }

    private static boolean knownKind(QboItem remote) {
        try {
            ItemMapping.toCove(remote, null);
            return true;
        } catch (IllegalArgumentException unknownType) {
            log.debug("Left out QuickBooks item {}: {}", remote.id(), unknownType.getMessage());
            return false;
        }
    }
}
