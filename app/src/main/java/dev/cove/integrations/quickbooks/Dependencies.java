package dev.cove.integrations.quickbooks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.cove.integrations.Provider;
import dev.cove.integrations.sync.PushOutcome;
import dev.cove.integrations.sync.PushRequest;
import dev.cove.integrations.sync.RecordType;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.integrations.sync.SyncStatus;

/**
 * The QuickBooks ids a record refers to (an invoice's customer and items, a payment's invoice). One
 * that is missing is queued (the customer is pushed first) and the referring record waits for it to
 * settle (the engine wakes it then); one that
 * QuickBooks refused makes the referring record fail with that refusal, so the user sees the cause.
 */
@Component
class Dependencies {

    /** A referenced record is not in QuickBooks yet. */
    static final class NotYetPushed extends RuntimeException {

        private final transient PushOutcome outcome;

        NotYetPushed(PushOutcome outcome) {
            super(outcome.toString(), null, false, false);
            this.outcome = outcome;
        }

        PushOutcome outcome() {
            return outcome;
        }
    }

    // Lazily: the engine's requests need the adapters, and the adapter needs this.
    private final ObjectProvider<SyncRequests> engine;

    Dependencies(ObjectProvider<SyncRequests> engine) {
        this.engine = engine;
    }

    /** The QuickBooks id of the referenced record; throws {@link NotYetPushed} when there is none yet. */
    String require(PushRequest request, RecordType type, UUID localId, String what) {
        SyncRequests requests = engine.getObject();
        String remote = request.remoteIds().of(type, localId);
        if (remote != null) {
            return remote;
        }
        // Read once: the record may have settled since the lookup above, and then its status has the id.
        Optional<SyncStatus> status = requests.status(request.company(), Provider.QUICKBOOKS, type, localId);
        if (status.isPresent() && status.get().remoteId() != null) {
            return status.get().remoteId();
        }
        if (status.isEmpty()) {
            requests.queue(request.company(), Provider.QUICKBOOKS, type, List.of(localId));
        } else if (status.get().failed()) {
            throw new NotYetPushed(PushOutcome.permanentFailure(status.get().errorCode(), "The " + type.label().toLowerCase()
                    + " " + what + " could not be synced to QuickBooks: " + status.get().errorMessage()));
        } else if (status.get().synced()) {
            throw new NotYetPushed(PushOutcome.permanentFailure("cove-settings", "The " + type.label().toLowerCase() + " "
                    + what + " is not synced to QuickBooks (check the sync start date and directions)"));
        }
        throw new NotYetPushed(PushOutcome.awaiting(type, localId, "Waiting for the " + type.label().toLowerCase()
                + " " + what + " to reach QuickBooks first"));
    }
}
