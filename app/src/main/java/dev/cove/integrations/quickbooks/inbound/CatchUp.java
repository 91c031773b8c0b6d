package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Connection;
import dev.cove.integrations.ConnectionNeedsReconnect;
import dev.cove.integrations.ConnectionStatus;
import dev.cove.integrations.Connections;
import dev.cove.integrations.Provider;
import dev.cove.integrations.TokenVault;
import dev.cove.integrations.quickbooks.ChangeDataCapture;
import dev.cove.integrations.quickbooks.QuickBooksClient;
import dev.cove.integrations.quickbooks.QuickBooksEntity;
import dev.cove.integrations.quickbooks.QuickBooksQuery;
import dev.cove.shared.CompanyId;

/**
 * The CDC catch-up of one connection: every customer, item and invoice changed since the watermark
 * (less {@code cdcOverlap}), applied as webhooks are. With no watermark, another realm, a watermark
 * older than {@code cdcLookBack} or an answer QuickBooks may have cut at 1,000 objects, customers and
 * items are pulled in full instead. The watermark moves to the time the catch-up started, only once
 * everything was applied; a failure leaves it, so the retry asks again.
 */
@Component
class CatchUp {

    private static final List<QuickBooksEntity<?>> ENTITIES = List.of(QuickBooksEntity.CUSTOMER, QuickBooksEntity.ITEM,
            QuickBooksEntity.INVOICE);

    private final Connections connections;
    private final TokenVault vault;
    private final QuickBooksClient client;
    private final Watermarks watermarks;
    private final InboundChanges changes;
    private final QuickBooksPreview preview;
    private final InboundTasks tasks;
    private final InboundSettings settings;

    CatchUp(Connections connections, TokenVault vault, QuickBooksClient client, Watermarks watermarks,
            InboundChanges changes, QuickBooksPreview preview, InboundTasks tasks, InboundSettings settings) {
        this.connections = connections;
        this.vault = vault;
        this.client = client;
        this.watermarks = watermarks;
        this.changes = changes;
        this.preview = preview;
        this.tasks = tasks;
        this.settings = settings;
    }

    void scheduleForEveryConnection() {
        connections.active(Provider.QUICKBOOKS).forEach(c -> tasks.catchUp(c.companyId()));
    }

    void run(CompanyId company) {
        Optional<Connection> connection = connections.find(company, Provider.QUICKBOOKS)
                .filter(c -> c.status() == ConnectionStatus.ACTIVE && !c.paused() && c.accountId() != null);
        if (connection.isEmpty() || preview.pending(company)) {
            return;
        }
        String realm = connection.get().accountId();
        AccessToken token;
        try {
            token = vault.accessToken(company, Provider.QUICKBOOKS);
        } catch (ConnectionNeedsReconnect gone) {
            return;
        }
        Instant started = Instant.now();
        Optional<Watermarks.Watermark> mark = watermarks.find(company).filter(w -> w.realm().equals(realm))
                .filter(w -> w.changedSince().isAfter(started.minus(settings.cdcLookBack()).plus(settings.cdcOverlap())));
        if (mark.isEmpty()) {
            pullAll(company, token);
        } else {
            ChangeDataCapture cdc = client.changedSince(token, ENTITIES, mark.get().changedSince().minus(settings.cdcOverlap()));
            if (cdc.possiblyTruncated()) {
                pullAll(company, token);
            } else {
                cdc.records(QuickBooksEntity.CUSTOMER).forEach(r -> changes.apply(company, r));
                cdc.records(QuickBooksEntity.ITEM).forEach(r -> changes.apply(company, r));
            }
            cdc.records(QuickBooksEntity.INVOICE).forEach(r -> changes.apply(company, r));
        }
        watermarks.set(company, realm, started);
    }

    /** Every customer and item, active or not; records already applied change nothing. */
    private void pullAll(CompanyId company, AccessToken token) {
        client.queryAll(token, QuickBooksEntity.CUSTOMER, QuickBooksQuery.activeOrNot(), QuickBooksClient.MAX_PAGE)
                .forEach(r -> changes.apply(company, r));
        client.queryAll(token, QuickBooksEntity.ITEM, QuickBooksQuery.activeOrNot(), QuickBooksClient.MAX_PAGE)
                .forEach(r -> changes.apply(company, r));
    }
}
