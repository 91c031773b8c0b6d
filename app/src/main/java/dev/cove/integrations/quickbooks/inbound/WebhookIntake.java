package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.integrations.quickbooks.QuickBooksChange;
import dev.cove.integrations.quickbooks.WebhookPayloads;

/** Receives one webhook POST: signature first, then the body, then stored with its task in one transaction. */
@Component
class WebhookIntake {

    enum Outcome { ACCEPTED, DUPLICATE, STALE, FORGED, GARBLED }

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    private final RealmConnections realms;
    private final Notifications notifications;
    private final InboundTasks tasks;
    private final InboundSettings settings;

    WebhookIntake(RealmConnections realms, Notifications notifications, InboundTasks tasks, InboundSettings settings) {
        this.realms = realms;
        this.notifications = notifications;
        this.tasks = tasks;
        this.settings = settings;
    }

    @Transactional
    Outcome receive(byte[] rawBody, String signature) {
        Optional<String> signer = realms.signer(rawBody, signature);
        if (signer.isEmpty()) {
            log.warn("Refused a QuickBooks webhook whose signature no verifier produced");
            return Outcome.FORGED;
        }
        List<QuickBooksChange> changes;
        try {
            changes = WebhookPayloads.parse(rawBody);
        } catch (IllegalArgumentException garbled) {
            log.warn("Refused a signed QuickBooks webhook that is no notification: {}", garbled.getMessage());
            return Outcome.GARBLED;
        }
        if (stale(changes)) {
            log.warn("Ignored a stale QuickBooks webhook ({} changes); catching up instead", changes.size());
            catchUp(changes, signer.get());
            return Outcome.STALE;
        }
        Optional<UUID> stored = notifications.store(rawBody, signer.get());
        stored.ifPresent(tasks::notification);
        return stored.isPresent() ? Outcome.ACCEPTED : Outcome.DUPLICATE;
    }

    /** Every change older than the limit (a notification without times is not judged stale). */
    private boolean stale(List<QuickBooksChange> changes) {
        Instant limit = Instant.now().minus(settings.maxNotificationAge());
        List<OffsetDateTime> times = changes.stream().map(QuickBooksChange::lastUpdated).filter(Objects::nonNull).toList();
        return !times.isEmpty() && times.stream().allMatch(t -> t.toInstant().isBefore(limit));
    }

    private void catchUp(List<QuickBooksChange> changes, String signer) {
        changes.stream().map(QuickBooksChange::realmId).distinct()
                .flatMap(realm -> realms.of(realm, signer).stream())
                .forEach(connection -> tasks.catchUp(connection.companyId()));
    }
}
