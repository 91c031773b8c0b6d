package dev.cove.integrations.sync;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.integrations.Provider;
import dev.cove.integrations.SyncCounts;
import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.RecordNotFound;

/** The sync engine over the REST API: start runs, read them, pause, resume, retry, read the log. */
@ApiController("/api/v1")
class SyncApi {

    record RunView(UUID id, String provider, List<String> scope, String trigger, String state, Integer total, int done,
            int failed, Double ratePerSecond, Long secondsLeft, Instant startedAt, Instant finishedAt,
            List<SyncRuns.Failure> errors) {

        static RunView of(SyncRuns.Run run, List<SyncRuns.Failure> errors) {
            Duration left = run.timeLeft();
            return new RunView(run.id(), run.provider().slug(), run.scope().stream().map(RecordType::label).toList(),
                    run.trigger(), run.state().name(), run.total(), run.done(), run.failed(), run.rate(),
                    left == null ? null : left.toSeconds(), run.startedAt(), run.finishedAt(), errors);
        }
    }

    record RecordView(String type, UUID localId, String state, String remoteId, String remoteVersion, String lastErrorCode,
            String lastErrorMessage, Instant lastSyncedAt, List<SyncLog.Entry> timeline) {
    }

    private final SyncRuns runs;
    private final SyncAdapters adapters;
    private final SyncControls controls;
    private final SyncLinks links;
    private final SyncLog log;

    SyncApi(SyncRuns runs, SyncAdapters adapters, SyncControls controls, SyncLinks links, SyncLog log) {
        this.runs = runs;
        this.adapters = adapters;
        this.controls = controls;
        this.links = links;
        this.log = log;
    }

    /** {@code {"scope": "ALL"}} or {@code {"scope": ["Customer", "Invoice"]}}; answers 202 with the run. */
    @PostMapping("/integrations/{slug}/sync")
    ResponseEntity<RunView> start(CompanyId company, @PathVariable String slug, @RequestBody Map<String, Object> body) {
        Provider provider = syncing(slug);
        UUID id = runs.start(company, provider, scope(body.get("scope")), "MANUAL");
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/sync-runs/" + id))
                .body(view(company, id));
    }

    @GetMapping("/sync-runs/{id}")
    RunView run(CompanyId company, @PathVariable UUID id) {
        return view(company, id);
    }

    @GetMapping("/integrations/{slug}/sync/counts")
    SyncCounts.Summary counts(CompanyId company, @PathVariable String slug) {
        return links.summary(company, syncing(slug));
    }

    @GetMapping("/integrations/{slug}/sync/log")
    List<SyncLog.Entry> log(CompanyId company, @PathVariable String slug) {
        return log.recent(company, syncing(slug), 200);
    }

    @GetMapping("/integrations/{slug}/sync/records/{type}/{localId}")
    RecordView record(CompanyId company, @PathVariable String slug, @PathVariable String type, @PathVariable UUID localId) {
        Provider provider = syncing(slug);
        RecordType recordType = recordType(type);
        Link link = links.find(company, provider, recordType, localId)
                .orElseThrow(() -> new RecordNotFound("No sync record for " + recordType.label() + " " + localId));
        return new RecordView(recordType.label(), localId, link.state().name(), link.remoteId(), link.remoteVersion(),
                link.lastErrorCode(), link.lastErrorMessage(), link.lastSyncedAt(),
                log.timeline(company, provider, recordType, localId));
    }

    @PostMapping("/integrations/{slug}/sync/pause")
    ResponseEntity<Void> pause(CompanyId company, @PathVariable String slug) {
        controls.pause(company, syncing(slug));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/integrations/{slug}/sync/resume")
    ResponseEntity<Void> resume(CompanyId company, @PathVariable String slug) {
        controls.resume(company, syncing(slug));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/integrations/{slug}/sync/retry-failed")
    Map<String, Integer> retryFailed(CompanyId company, @PathVariable String slug) {
        return Map.of("requeued", controls.retryFailed(company, syncing(slug)));
    }

    private RunView view(CompanyId company, UUID id) {
        SyncRuns.Run run = runs.find(company, id).orElseThrow(() -> new RecordNotFound("sync run", id));
        return RunView.of(run, runs.failures(id));
    }

    private Provider syncing(String slug) {
        return adapters.syncing(slug);
    }

    static List<RecordType> scope(Object scope) {
        if (scope instanceof String s && s.equalsIgnoreCase("ALL")) {
            return List.of(RecordType.values());
        }
        if (scope instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(t -> recordType(String.valueOf(t))).toList();
        }
        throw new InvalidRequest("scope", "must be \"ALL\" or a non-empty list of record types such as [\"Customer\"]");
    }

    private static RecordType recordType(String label) {
        try {
            return RecordType.of(label);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("scope", e.getMessage());
        }
    }
}
