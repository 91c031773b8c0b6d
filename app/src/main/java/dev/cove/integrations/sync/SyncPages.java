package dev.cove.integrations.sync;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.integrations.Provider;
import dev.cove.shared.CompanyId;
import dev.cove.shared.RecordNotFound;

/** The sync page of a connection: counts, Sync now with live progress, failed records, pause, log, timelines. */
@Controller
@RequestMapping("/integrations/{slug}/sync")
class SyncPages {

    private final SyncAdapters adapters;
    private final SyncRuns runs;
    private final SyncLinks links;
    private final SyncLog log;
    private final SyncControls controls;
    private final SyncProgress progress;
    private final ConnectionGate gate;

    SyncPages(SyncAdapters adapters, SyncRuns runs, SyncLinks links, SyncLog log, SyncControls controls,
            SyncProgress progress, ConnectionGate gate) {
        this.adapters = adapters;
        this.runs = runs;
        this.links = links;
        this.log = log;
        this.controls = controls;
        this.progress = progress;
        this.gate = gate;
    }

    @GetMapping
    String page(CompanyId company, @PathVariable String slug, @RequestParam(required = false) UUID run, Model model) {
        Provider provider = syncing(slug);
        model.addAttribute("nav", "settings");
        model.addAttribute("provider", provider);
        model.addAttribute("types", adapters.require(provider).types().stream().filter(t -> t.direction().pushes())
                .map(t -> t.type().label()).toList());
        model.addAttribute("counts", links.summary(company, provider));
        model.addAttribute("blocked", gate.blocked(company, provider).orElse(null));
        model.addAttribute("runs", runs.recent(company, provider, 10));
        model.addAttribute("current", run == null ? null : runs.find(company, run).orElse(null));
        model.addAttribute("failed", links.withState(company, provider, LinkState.FAILED, 100));
        model.addAttribute("log", log.recent(company, provider, 50));
        return "sync/page";
    }

    @PostMapping
    String syncNow(CompanyId company, @PathVariable String slug, @RequestParam(name = "scope", required = false) List<String> scope,
            RedirectAttributes redirect) {
        Provider provider = syncing(slug);
        List<RecordType> types = scope == null || scope.isEmpty() || scope.contains("ALL") ? List.of(RecordType.values())
                : scope.stream().map(RecordType::of).toList();
        UUID run = runs.start(company, provider, types, "MANUAL");
        redirect.addFlashAttribute("flash", "Sync started.");
        return "redirect:/integrations/" + provider.slug() + "/sync?run=" + run;
    }

    @GetMapping(path = "/runs/{id}/progress", produces = "text/event-stream")
    SseEmitter progress(CompanyId company, @PathVariable String slug, @PathVariable UUID id) {
        syncing(slug);
        runs.find(company, id).orElseThrow(() -> new RecordNotFound("sync run", id));
        return progress.stream(company, id);
    }

    @PostMapping("/pause")
    String pause(CompanyId company, @PathVariable String slug, RedirectAttributes redirect) {
        controls.pause(company, syncing(slug));
        redirect.addFlashAttribute("flash", "Sync paused. Changes are kept and sent when you resume.");
        return "redirect:/integrations/" + slug + "/sync";
    }

    @PostMapping("/resume")
    String resume(CompanyId company, @PathVariable String slug, RedirectAttributes redirect) {
        controls.resume(company, syncing(slug));
        redirect.addFlashAttribute("flash", "Sync resumed.");
        return "redirect:/integrations/" + slug + "/sync";
    }

    @PostMapping("/retry-failed")
    String retryFailed(CompanyId company, @PathVariable String slug, RedirectAttributes redirect) {
        int count = controls.retryFailed(company, syncing(slug));
        redirect.addFlashAttribute("flash", count + (count == 1 ? " record" : " records") + " queued again.");
        return "redirect:/integrations/" + slug + "/sync";
    }

    @GetMapping("/records/{type}/{localId}")
    String record(CompanyId company, @PathVariable String slug, @PathVariable String type, @PathVariable UUID localId,
            Model model) {
        Provider provider = syncing(slug);
        RecordType recordType = RecordType.of(type);
        model.addAttribute("nav", "settings");
        model.addAttribute("provider", provider);
        model.addAttribute("type", recordType.label());
        model.addAttribute("link", links.find(company, provider, recordType, localId)
                .orElseThrow(() -> new RecordNotFound(recordType.label() + " " + localId + " was never synced")));
        model.addAttribute("timeline", log.timeline(company, provider, recordType, localId));
        return "sync/record";
    }

    private Provider syncing(String slug) {
        return adapters.syncing(slug);
    }
}
