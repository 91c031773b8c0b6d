package dev.cove.integrations.sync;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.cove.shared.CompanyId;

/**
 * Streams a run's progress as Server-Sent Events: a {@code progress} event (done, failed, total, rate,
 * seconds left) every half second while it runs, then one {@code finished} event with the outcome.
 * The numbers come from the database, so every node can serve any run.
 */
@Component
class SyncProgress implements DisposableBean {

    private static final Duration EVERY = Duration.ofMillis(500);

    private final SyncRuns runs;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sync-progress");
        thread.setDaemon(true);
        return thread;
    });

    SyncProgress(SyncRuns runs) {
        this.runs = runs;
    }

    SseEmitter stream(CompanyId company, UUID runId) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        AtomicReference<ScheduledFuture<?>> tick = new AtomicReference<>();
        tick.set(ticker.scheduleAtFixedRate(() -> {
            try {
                SyncRuns.Run run = runs.find(company, runId).orElseThrow();
                boolean over = run.state() != SyncRuns.State.RUNNING;
                emitter.send(SseEmitter.event().name(over ? "finished" : "progress").data(snapshot(run)));
                if (over) {
                    emitter.complete();
                    tick.get().cancel(false);
                }
            } catch (IOException | RuntimeException gone) {
                emitter.completeWithError(gone);
                ScheduledFuture<?> future = tick.get();
                if (future != null) {
                    future.cancel(false);
                }
            }
        }, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS));
        emitter.onCompletion(() -> cancel(tick));
        emitter.onTimeout(() -> cancel(tick));
        return emitter;
    }

    static Map<String, Object> snapshot(SyncRuns.Run run) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", run.state().name());
        data.put("done", run.done());
        data.put("failed", run.failed());
        data.put("total", run.total());
        data.put("ratePerSecond", Math.round(run.rate() * 10) / 10.0);
        Duration left = run.timeLeft();
        data.put("secondsLeft", left == null ? null : left.toSeconds());
        return data;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> tick) {
        ScheduledFuture<?> future = tick.get();
        if (future != null) {
            future.cancel(false);
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
