package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.integrations.Provider;
import dev.cove.integrations.quickbooks.MatchDecision;
import dev.cove.integrations.sync.InboundLinks;
import dev.cove.integrations.sync.InitialSync;
import dev.cove.integrations.sync.SyncRequests;
import dev.cove.integrations.sync.RecordType;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;

/**
 * Accepting the preview: every record gets its choice (the proposal unless the person changed it;
 * a conflict needs an explicit choice), links are written with QuickBooks' id and SyncToken so the
 * engine updates instead of creating, and the initial sync starts. All in one transaction.
 */
@Component
class PreviewAcceptance {

    private final QuickBooksPreview preview;
    private final InboundLinks links;
    private final InitialSync initialSync;
    private final SyncRequests requests;
    private final Watermarks watermarks;
    private final InboundTasks tasks;

    PreviewAcceptance(QuickBooksPreview preview, InboundLinks links, InitialSync initialSync, Watermarks watermarks,
            InboundTasks tasks, SyncRequests requests) {
        this.requests = requests;
        this.preview = preview;
        this.links = links;
        this.initialSync = initialSync;
        this.watermarks = watermarks;
        this.tasks = tasks;
    }

    @Transactional
    void accept(CompanyId company, List<PreviewChoice> choices) {
        QuickBooksPreview.Summary summary = preview.find(company)
                .orElseThrow(() -> new BusinessRuleViolated("There is no QuickBooks preview to accept"));
        if (summary.state() != QuickBooksPreview.State.REVIEW) {
            throw new BusinessRuleViolated("The QuickBooks preview is " + summary.state().name().toLowerCase(Locale.ROOT)
                    + ", not waiting for review");
        }
        Map<String, PreviewChoice> given = new HashMap<>();
        for (PreviewChoice c : choices == null ? List.<PreviewChoice>of() : choices) {
            given.put(key(RecordType.of(c.type()).label(), c.coveId().toString()), c);
        }
        Map<String, PreviewRemote> remotes = new HashMap<>();
        preview.remotes(company).forEach(r -> remotes.put(key(r.type(), r.id()), r));
        List<FieldError> errors = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (PreviewRecord record : preview.records(company)) {
            PreviewChoice choice = given.get(key(record.type(), record.coveId().toString()));
            String action = choice != null ? choice.action().toUpperCase(Locale.ROOT)
                    : record.decision() == MatchDecision.LINK ? "LINK"
                    : record.decision() == MatchDecision.CREATE ? "CREATE" : null;
            String field = record.type() + " " + record.coveId();
            if (action == null) {
                errors.add(new FieldError(field, "'" + record.name() + "' needs a decision: " + record.reason()));
                continue;
            }
            String remoteId = null;
            if (action.equals("LINK")) {
                remoteId = choice != null && choice.remoteId() != null ? choice.remoteId() : record.remoteId();
                PreviewRemote remote = remoteId == null ? null : remotes.get(key(record.type(), remoteId));
                if (remote == null) {
                    errors.add(new FieldError(field, "no QuickBooks " + record.type().toLowerCase(Locale.ROOT)
                            + " " + remoteId + " to link to"));
                    continue;
                }
                if (!taken.add(key(record.type(), remoteId))) {
                    errors.add(new FieldError(field, "QuickBooks " + record.type().toLowerCase(Locale.ROOT) + " '"
                            + remote.name() + "' is linked to another Cove record already"));
                    continue;
                }
                links.linkExisting(company, Provider.QUICKBOOKS, RecordType.of(record.type()), record.coveId(),
                        remote.id(), remote.syncToken());
            } else if (!action.equals("CREATE") && !action.equals("SKIP")) {
                errors.add(new FieldError(field, "must be LINK, CREATE or SKIP"));
                continue;
            }
            preview.chose(company, record.type(), record.coveId(), action, remoteId);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        preview.state(company, QuickBooksPreview.State.ACCEPTED, null);
        begin(company, summary.realm(), summary.readAt());
    }

    /** An empty realm: nothing to match, nothing to review. Joins the caller's transaction. */
    void notNeeded(CompanyId company, Instant readAt) {
        preview.state(company, QuickBooksPreview.State.NOT_NEEDED, "The QuickBooks company was empty");
        begin(company, preview.find(company).orElseThrow().realm(), readAt);
    }

    /** Changes made in QuickBooks since it was read are caught up; Cove's records are pushed. */
    private void begin(CompanyId company, String realm, Instant readAt) {
        watermarks.set(company, realm, readAt == null ? Instant.now() : readAt);
        initialSync.start(company, Provider.QUICKBOOKS).ifPresent(run -> preview.started(company, run));
        tasks.catchUp(company);
        requests.release(company, Provider.QUICKBOOKS);
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }
}
