package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Provider;
import dev.cove.integrations.TokenVault;
import dev.cove.integrations.quickbooks.MatchCandidate;
import dev.cove.integrations.quickbooks.MatchProposal;
import dev.cove.integrations.quickbooks.PreviewMatching;
import dev.cove.integrations.quickbooks.QboCustomer;
import dev.cove.integrations.quickbooks.QboItem;
import dev.cove.integrations.quickbooks.QuickBooksClient;
import dev.cove.integrations.quickbooks.QuickBooksEntity;
import dev.cove.integrations.quickbooks.QuickBooksQuery;
import dev.cove.integrations.quickbooks.RemoteRecord;
import dev.cove.integrations.sync.InboundLinks;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.CompanyId;

/**
 * The preview's task: reads the realm's customers and items (active and inactive), matches Cove's to
 * them with {@link PreviewMatching} and stores proposals for a person to review. An empty realm needs
 * no review: the initial sync starts at once.
 */
@Component
class PreviewReading {

    private final QuickBooksPreview preview;
    private final TokenVault vault;
    private final QuickBooksClient client;
    private final CoveRecords records;
    private final InboundLinks links;
    private final PreviewAcceptance acceptance;
    private final TransactionTemplate tx;

    PreviewReading(QuickBooksPreview preview, TokenVault vault, QuickBooksClient client, CoveRecords records,
            InboundLinks links, PreviewAcceptance acceptance, TransactionTemplate tx) {
        this.preview = preview;
        this.vault = vault;
        this.client = client;
        this.records = records;
        this.links = links;
        this.acceptance = acceptance;
        this.tx = tx;
    }

    void read(CompanyId company) {
        if (preview.find(company).filter(s -> s.state() == QuickBooksPreview.State.READING).isEmpty()) {
            return;
        }
        Instant at = Instant.now();
        AccessToken token = vault.accessToken(company, Provider.QUICKBOOKS);
        List<QboCustomer> customers = client.queryAll(token, QuickBooksEntity.CUSTOMER, QuickBooksQuery.activeOrNot(),
                QuickBooksClient.MAX_PAGE);
        List<QboItem> items = client.queryAll(token, QuickBooksEntity.ITEM, QuickBooksQuery.activeOrNot(),
                QuickBooksClient.MAX_PAGE);
        tx.executeWithoutResult(status -> {
            if (customers.isEmpty() && items.isEmpty()) {
                acceptance.notNeeded(company, at);
                return;
            }
            List<PreviewRecord> proposed = new ArrayList<>();
            List<PreviewRemote> remotes = new ArrayList<>();
            customers.forEach(c -> remotes.add(new PreviewRemote("Customer", c.id(), c.displayName(),
                    c.activeInQuickBooks(), c.syncToken())));
            items.forEach(i -> remotes.add(new PreviewRemote("Item", i.id(), i.name(), i.activeInQuickBooks(),
                    i.syncToken())));
            Map<java.util.UUID, String> customerNames = records.customers(company).stream()
                    .collect(Collectors.toMap(c -> c.id(), c -> c.displayName()));
            Map<java.util.UUID, String> itemNames = records.items(company).stream()
                    .collect(Collectors.toMap(i -> i.id(), i -> i.name()));
            List<MatchCandidate> coveCustomers = records.customers(company).stream()
                    .map(c -> MatchCandidate.of(c, linked(company, RecordType.CUSTOMER, c.id()))).toList();
            List<MatchCandidate> coveItems = records.items(company).stream()
                    .map(i -> MatchCandidate.of(i, linked(company, RecordType.ITEM, i.id()))).toList();
            add(proposed, "Customer", PreviewMatching.customers(coveCustomers,
                    customers.stream().map(RemoteRecord::of).toList()), customerNames::get);
            add(proposed, "Item", PreviewMatching.items(coveItems, items.stream().map(RemoteRecord::of).toList()),
                    itemNames::get);
            preview.read(company, at, proposed, remotes);
            preview.state(company, QuickBooksPreview.State.REVIEW, null);
        });
    }

    private String linked(CompanyId company, RecordType type, java.util.UUID id) {
        return links.byLocalId(company, Provider.QUICKBOOKS, type, id).map(InboundLinks.Snapshot::remoteId).orElse(null);
    }

    private static void add(List<PreviewRecord> to, String type, List<MatchProposal> proposals,
            Function<java.util.UUID, String> names) {
        proposals.forEach(p -> to.add(new PreviewRecord(type, p.coveId(), names.apply(p.coveId()), p.decision(),
                p.remoteId(), null, p.reason(), null, null)));
    }
}
