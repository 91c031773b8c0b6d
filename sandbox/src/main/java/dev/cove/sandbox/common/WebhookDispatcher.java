package dev.cove.sandbox.common;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends signed webhooks of one provider sandbox, one at a time and in order, on a background thread.
 * A failed delivery (no 2xx within the timeout) is retried after the provider's delays, scaled by the
 * {@link TimeScale}; later events wait until it succeeds, as QuickBooks does. Events queued while no
 * target URL is set are dropped.
 */
public final class WebhookDispatcher implements AutoCloseable {

    /** One event on its way, for the admin API. */
    public record Delivery(long id, String contentType, String body, Instant queuedAt, int attempts,
            Integer lastStatus, Instant nextAttemptAt, String state) {
    }

    private final TimeScale timeScale;
    private final List<Duration> retryDelays;
    private final Duration timeout;
    private final WebhookSigner signer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledExecutorService worker;
    private final Deque<Delivery> pending = new ArrayDeque<>();
    private final List<Delivery> delivered = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile WebhookTarget target = WebhookTarget.NONE;
    private boolean scheduled;
    /** Bumped by reset so that retries scheduled before it end quietly instead of holding the queue. */
    private long generation;

    /**
     * @param retryDelays delays between attempts in provider time; the last one repeats forever
     * @param timeout     how long to wait for the receiver's answer (real time)
     */
    public WebhookDispatcher(String provider, TimeScale timeScale, List<Duration> retryDelays, Duration timeout,
            WebhookSigner signer) {
        this.timeScale = timeScale;
        this.retryDelays = List.copyOf(retryDelays);
        this.timeout = timeout;
        this.signer = signer;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sandbox-" + provider + "-webhooks");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void target(WebhookTarget newTarget) {
        this.target = newTarget == null ? WebhookTarget.NONE : newTarget;
    }

    public WebhookTarget target() {
        return target;
    }

    /** Queues a body for delivery; a no-op while no target URL is set. */
    public synchronized void send(String contentType, String body) {
        if (target.url() == null) {
            return;
        }
        pending.addLast(new Delivery(ids.incrementAndGet(), contentType, body, Instant.now(), 0, null, Instant.now(), "pending"));
        if (!scheduled) {
            scheduled = true;
            long current = generation;
            worker.execute(() -> attempt(current));
        }
    }

    /** Pending and delivered events, oldest first. */
    public synchronized Map<String, Object> log() {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("pending", new ArrayList<>(pending));
        log.put("delivered", new ArrayList<>(delivered));
        return log;
    }

    /** Forgets queued and delivered events; the target stays. */
    public synchronized void reset() {
        pending.clear();
        delivered.clear();
        generation++;
        scheduled = false;
    }

    private void attempt(long runGeneration) {
        Delivery head;
        synchronized (this) {
            if (runGeneration != generation) {
                return;
            }
            head = pending.peekFirst();
            if (head == null) {
                scheduled = false;
                return;
            }
        }
        WebhookTarget current = target;
        Integer status = post(current, head);
        synchronized (this) {
            if (runGeneration != generation) {
                return;
            }
            if (pending.peekFirst() != head) {
                worker.execute(() -> attempt(runGeneration));
                return;
            }
            pending.pollFirst();
            boolean ok = status != null && status / 100 == 2;
            Duration delay = timeScale.real(retryDelays.get(Math.min(head.attempts(), retryDelays.size() - 1)));
            Delivery tried = new Delivery(head.id(), head.contentType(), head.body(), head.queuedAt(),
                    head.attempts() + 1, status, ok ? null : Instant.now().plus(delay), ok ? "delivered" : "pending");
            if (ok) {
                delivered.add(tried);
                worker.execute(() -> attempt(runGeneration));
            }
            else {
                pending.addFirst(tried);
                worker.schedule(() -> attempt(runGeneration), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private Integer post(WebhookTarget current, Delivery delivery) {
        if (current.url() == null) {
            return null;
        }
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(current.url())).timeout(timeout)
                .header("Content-Type", delivery.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            signer.sign(body, current.verifierToken() == null ? "" : current.verifierToken()).forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
        catch (Exception unreachable) {
            return null;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
