package dev.cove.integrations.quickbooks.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.Connection;
import dev.cove.integrations.ConnectionNeedsReconnect;
import dev.cove.integrations.Provider;
import dev.cove.integrations.TokenVault;
import dev.cove.integrations.quickbooks.QuickBooksChange;
import dev.cove.integrations.quickbooks.WebhookPayloads;
import dev.cove.shared.CompanyId;

/**
 * The task of one stored notification: each change goes to every connection on its realm (that the
 * same verifier signs for), where the record is read and applied. Running it again is harmless: a
 * version already applied changes nothing. A change delivered late hints that QuickBooks retried and
 * something may be missing, so the company also gets a catch-up.
 */
@Component
class NotificationProcessing {

    private static final Logger log = LoggerFactory.getLogger(NotificationProcessing.class);

    private final Notifications notifications;
    private final RealmConnections realms;
    private final InboundChanges changes;
    private final QuickBooksPreview preview;
    private final TokenVault vault;
    private final InboundTasks tasks;
    private final InboundSettings settings;

    NotificationProcessing(Notifications notifications, RealmConnections realms, InboundChanges changes,
            QuickBooksPreview preview, TokenVault vault, InboundTasks tasks, InboundSettings settings) {
        this.notifications = notifications;
        this.realms = realms;
        this.changes = changes;
        this.preview = preview;
        this.vault = vault;
        this.tasks = tasks;
        this.settings = settings;
    }

    void process(UUID id) {
        Notifications.Stored stored = notifications.find(id).orElse(null);
        if (stored == null || stored.processed()) {
            return;
        }
        Map<CompanyId, AccessToken> tokens = new HashMap<>();
        for (QuickBooksChange change : WebhookPayloads.parse(stored.body().getBytes(StandardCharsets.UTF_8))) {
            if (!InboundChanges.handles(change.entity())) {
                continue;
            }
            for (Connection connection : realms.of(change.realmId(), stored.verifierHash())) {
                CompanyId company = connection.companyId();
                if (preview.pending(company)) {
                    continue;
                }
                if (late(change)) {
                    tasks.catchUp(company);
                }
                AccessToken token;
                try {
                    token = tokens.computeIfAbsent(company, c -> vault.accessToken(c, Provider.QUICKBOOKS));
                } catch (ConnectionNeedsReconnect gone) {
                    log.info("QuickBooks change {} {} left for the catch-up after reconnect", change.entity(), change.id());
                    continue;
                }
                changes.read(company, token, change.entity(), change.id());
            }
        }
        notifications.processed(id);
    }

    private boolean late(QuickBooksChange change) {
        return change.lastUpdated() != null
                && change.lastUpdated().toInstant().isBefore(Instant.now().minus(settings.lateDelivery()));
    }
}
