package dev.cove.integrations.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.ConnectionNeedsReconnect;
import dev.cove.integrations.sync.PushOutcome.FailureKind;
import dev.cove.integrations.sync.SyncLog.Outcome;

/**
 * Runs one push task: settles an in-flight write first (same key, same body), else renders the record,
 * skips it when unchanged, takes a permit and a token, pushes, and records the outcome in the link
 * table, the sync log and the runs, each settlement in one transaction.
 */
@Component
class SyncWorker {

    /** What the task does next. */
    sealed interface Next {
    }

    /** Done with this generation; runs again only if a change arrived meanwhile. */
    record Settled() implements Next {
    }

    /** Try again at {@code at}; {@code blocked} when waiting for the connection rather than the provider. */
    record RetryAt(Instant at, boolean blocked) implements Next {
    }

    /** Parked until the record it refers to settles, which wakes it; looks again at {@code at} regardless. */
    record Parked(Instant at) implements Next {
    }

    /** One write: the generation it brings the provider to, its key, the rendering's hash and the body sent. */
    record Attempt(long generation, String key, String hash, String body) {
    }

    static final Settled SETTLED = new Settled();

    private final SyncLinks links;
    private final SyncLog log;
    private final SyncRuns runs;
    private final SyncAdapters adapters;
    private final ConnectionGate gate;
    private final RateBudget budget;
    private final Backoff backoff;
    private final TransactionTemplate tx;
    private final SyncBatches batches;
    private final SyncTasks tasks;
    private final SyncSettings settings;

    SyncWorker(SyncLinks links, SyncLog log, SyncRuns runs, SyncAdapters adapters, ConnectionGate gate,
            RateBudget budget, Backoff backoff, TransactionTemplate tx, SyncBatches batches, SyncTasks tasks,
            SyncSettings settings) {
        this.batches = batches;
        this.tasks = tasks;
        this.settings = settings;
        this.links = links;
        this.log = log;
        this.runs = runs;
        this.adapters = adapters;
        this.gate = gate;
        this.budget = budget;
        this.backoff = backoff;
        this.tx = tx;
    }

    Next push(UUID linkId) throws InterruptedException {
        Link link = links.find(linkId).orElse(null);
        if (link == null || adapters.of(link.provider()).isEmpty() || !link.inFlight() && !link.behind()) {
            return SETTLED;
        }
        if (link.batchMember()) {
            return awaitBatch(link);
        }
        SyncAdapter adapter = adapters.require(link.provider());
        Optional<String> blocked = gate.blocked(link.company(), link.provider()).or(() -> adapter.holdBack(link.company()));
        if (blocked.isPresent()) {
            return waitFor(link, blocked.get());
        }
        try {
            if (link.inFlight()) {
                AccessToken token = gate.token(link.company(), link.provider());
                return link.inflightItem() != null ? repeatBatch(adapter, link, token)
                        : sendAlone(adapter, link, new Attempt(link.inflightGeneration(), link.inflightKey(),
                                link.inflightHash(), link.inflightBody()), null, token);
            }
            Attempt attempt;
            try {
                attempt = prepare(adapter, link);
            } catch (RuntimeException e) {
                return settle(link, null, PushOutcome.transientFailure("cove", "Cove could not prepare the record: " + e, null));
            }
            if (attempt == null) {
                return SETTLED;
            }
            AccessToken token = gate.token(link.company(), link.provider());
            Optional<Next> batched = adapter.batchSize() > 1 ? leadBatch(adapter, link, attempt, token) : Optional.empty();
            if (batched.isPresent()) {
                return batched.get();
            }
            if (!links.beginAttempt(link.id(), attempt.generation(), attempt.key(), attempt.hash(), attempt.body(), null)) {
                return awaitBatch(link);
            }
            return sendAlone(adapter, link, attempt, null, token);
        } catch (ConnectionNeedsReconnect e) {
            return waitFor(link, e.getMessage());
        }
    }

    /** Sends one write, with {@code held} (taken for a batch that found nothing to take along) or a new permit. */
    private Next sendAlone(SyncAdapter adapter, Link link, Attempt attempt, RateBudget.Permit held, AccessToken token)
            throws InterruptedException {
        Optional<RateBudget.Permit> permit = held != null ? Optional.of(held) : budget.acquire(link.company(), link.provider());
        if (permit.isEmpty()) {
            return new RetryAt(Instant.now(), false);
        }
        PushOutcome outcome;
        try (RateBudget.Permit taken = permit.get()) {
            outcome = send(adapter, link, attempt, token);
            if (outcome instanceof PushOutcome.Failed f && f.kind() == FailureKind.UNAUTHORIZED) {
                outcome = send(adapter, link, attempt, gate.refresh(link.company(), link.provider(), token));
            }
        }
        return settle(link, attempt, outcome);
    }

    /** Renders and compares; settles unchanged or vanished records here and returns null for them. */
    private Attempt prepare(SyncAdapter adapter, Link link) {
        long generation = link.generation();
        Optional<Outbound> outbound = adapter.render(link.company(), link.type(), link.localId());
        if (outbound.isEmpty()) {
            finish(link, generation, Outcome.GONE, null,
                    "Not synced: the record is gone from Cove or outside what this connection syncs", SyncRuns.ItemOutcome.DONE);
            return null;
        }
        Optional<Attempt> attempt = changed(link, outbound.get());
        if (attempt.isEmpty()) {
            finish(link, generation, Outcome.UNCHANGED, link.remoteId(), null, SyncRuns.ItemOutcome.DONE);
            return null;
        }
        return attempt.get();
    }

    /** The write a rendering calls for, or empty when the provider already holds exactly this. */
    static Optional<Attempt> changed(Link link, Outbound outbound) {
        String hash = sha256(outbound.body());
        if (link.remoteId() != null && hash.equals(link.pushedHash())) {
            return Optional.empty();
        }
        return Optional.of(new Attempt(link.generation(), key(link.id(), link.generation()), hash, outbound.body()));
    }

    /** Another task took this record along in its batch: look again soon, and make sure that task runs. */
    private Next awaitBatch(Link link) {
        if (link.inFlight()) {
            links.batchLeader(link.company(), link.provider(), link.inflightKey())
                    .ifPresent(leader -> tasks.ensureTask(link.provider(), leader));
        }
        return new RetryAt(Instant.now().plus(settings.scaled(settings.batchRecheck())), false);
    }

    /**
     * Sends the write in a batch with other changed records of its type, when there are some, it can go
     * in one and a batch is free; empty to send it alone. A record that refers to one not at the
     * provider yet is parked while its operation is prepared, before a permit is taken for it.
     */
    private Optional<Next> leadBatch(SyncAdapter adapter, Link link, Attempt attempt, AccessToken token)
            throws InterruptedException {
        if (links.batchCandidates(link.company(), link.provider(), link.type(), link.id(), 1, false).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> operation;
        try {
            operation = batches.operation(adapter, link, attempt.body(), token);
        } catch (AwaitingReference e) {
            return Optional.of(park(link, null, e.awaiting()));
        } catch (WriteFailed e) {
            // A refused token is refreshed on the way alone.
            return e.failure().kind() == FailureKind.UNAUTHORIZED ? Optional.empty()
                    : Optional.of(settle(link, null, e.failure()));
        }
        Optional<RateBudget.Permit> permit = operation.isEmpty() ? Optional.empty()
                : budget.acquireBatch(link.company(), link.provider());
        if (permit.isEmpty()) {
            return Optional.empty();
        }
        try (RateBudget.Permit held = permit.get()) {
            if (!links.beginAttempt(link.id(), attempt.generation(), attempt.key(), attempt.hash(), operation.get(), 0)) {
                return Optional.of(awaitBatch(link));
            }
            if (batches.takeAlong(adapter, link, attempt.key(), token) == 0) {
                links.alone(link.id(), attempt.body());
                return Optional.of(sendAlone(adapter, link, attempt, held, token));
            }
            return Optional.of(batches.send(adapter, link.company(), link.provider(), attempt.key(), token));
        }
    }

    /** Repeats a batch this link leads, exactly as first sent. */
    private Next repeatBatch(SyncAdapter adapter, Link leader, AccessToken token) throws InterruptedException {
        Optional<RateBudget.Permit> permit = budget.acquireBatch(leader.company(), leader.provider());
        if (permit.isEmpty()) {
            return new RetryAt(Instant.now().plus(settings.scaled(settings.batchRecheck())), false);
        }
        try (RateBudget.Permit held = permit.get()) {
            return batches.send(adapter, leader.company(), leader.provider(), leader.inflightKey(), token);
        }
    }

    private PushOutcome send(SyncAdapter adapter, Link link, Attempt attempt, AccessToken token)
            throws InterruptedException {
        try {
            return adapter.push(SyncBatches.request(link, attempt.body(), attempt.key(), token, links));
        } catch (RuntimeException e) {
            return PushOutcome.transientFailure("client", e.toString(), null);
        }
    }

    private Next settle(Link link, Attempt attempt, PushOutcome outcome) {
        String key = attempt == null ? null : attempt.key();
        long generation = attempt == null ? link.generation() : attempt.generation();
        if (outcome instanceof PushOutcome.Pushed pushed) {
            tx.executeWithoutResult(s -> {
                links.pushed(link.id(), pushed.remoteId(), pushed.remoteVersion(), attempt.hash(), attempt.generation());
                log.write(link, Outcome.PUSHED, pushed.remoteId(), null, null, key);
                runs.settled(link.id(), attempt.generation(), SyncRuns.ItemOutcome.DONE);
            });
            return settled(link);
        }
        if (outcome instanceof PushOutcome.Awaiting awaiting) {
            return park(link, key, awaiting);
        }
        PushOutcome.Failed failed = (PushOutcome.Failed) outcome;
        switch (failed.kind()) {
            case PERMANENT -> {
                tx.executeWithoutResult(s -> {
                    log.write(link, Outcome.REFUSED, null, failed.code(), failed.message(), key);
                    if (links.refused(link.id(), key, generation, failed.code(), failed.message(), true)) {
                        runs.settled(link.id(), generation, SyncRuns.ItemOutcome.FAILED);
                    }
                });
                return settled(link);
            }
            case NEEDS_RECONNECT, UNAUTHORIZED -> {
                gate.needsReconnect(link.company(), link.provider(), failed.message());
                return waitFor(link, failed.message());
            }
            default -> {
                Integer failures = tx.execute(s -> {
                    log.write(link, Outcome.TRANSIENT, null, failed.code(), failed.message(), key);
                    return links.failedTransiently(link.id(), key, failed.code(), failed.message(), true);
                });
                if (failures == 0) {
                    return lookAgain();
                }
                if (!backoff.exhausted(failures)) {
                    return new RetryAt(Instant.now().plus(backoff.after(failures, failed.retryAfter())), false);
                }
                String message = "Gave up after " + failures + " attempts: " + failed.message();
                tx.executeWithoutResult(s -> {
                    // The write may have reached the provider: keep its key for the next try.
                    log.write(link, Outcome.GAVE_UP, null, failed.code(), message, key);
                    if (links.refused(link.id(), key, link.generation(), failed.code(), message, false)) {
                        runs.settled(link.id(), link.generation(), SyncRuns.ItemOutcome.FAILED);
                    }
                });
                return settled(link);
            }
        }
    }

    /** After a settlement committed: the records parked on this one go back in the queue. */
    private Next settled(Link link) {
        tasks.wakeAwaiting(link.provider(), List.of(link.id()));
        return SETTLED;
    }

    /**
     * Parks the record, unsent and without counting an attempt, until the one it refers to settles;
     * {@code key} is the write this task holds for it, null when none. The check after the commit closes
     * the race with that settlement: it either sees this record parked (and wakes it) or settled before
     * the check here.
     */
    private Next park(Link link, String key, PushOutcome.Awaiting awaiting) {
        Optional<UUID> dependency = links.find(link.company(), link.provider(), awaiting.type(), awaiting.localId())
                .map(Link::id);
        Boolean parked = tx.execute(s -> {
            if (!links.awaiting(link.id(), key, dependency.orElse(null), awaiting.message())) {
                return false;
            }
            if (link.state() != LinkState.WAITING) {
                log.write(link, Outcome.WAITING, null, null, awaiting.message(), null);
            }
            return true;
        });
        if (!parked) {
            return lookAgain();
        }
        boolean unsettled = dependency.flatMap(links::find).filter(d -> d.inFlight() || d.behind()).isPresent();
        return unsettled ? new Parked(Instant.now().plus(settings.scaled(settings.blockedRecheck())))
                : new RetryAt(Instant.now(), false);
    }

    /** Another task took the record along or settled it while this one worked from an older view. */
    private static RetryAt lookAgain() {
        return new RetryAt(Instant.now(), false);
    }

    private void finish(Link link, long generation, Outcome outcome, String remoteId, String message,
            SyncRuns.ItemOutcome item) {
        tx.executeWithoutResult(s -> {
            if (links.unchanged(link.id(), generation)) {
                log.write(link, outcome, remoteId, null, message, null);
                runs.settled(link.id(), generation, item);
            }
        });
        settled(link);
    }

    private Next waitFor(Link link, String reason) {
        tx.executeWithoutResult(s -> {
            if (link.state() != LinkState.WAITING) {
                log.write(link, Outcome.WAITING, null, null, reason, null);
            }
            links.waiting(link.id(), reason);
        });
        return new RetryAt(Instant.now().plus(gate.recheck()), true);
    }

    /**
     * Decides in one transaction, holding the link's row lock, whether the task ends or runs again;
     * a change committed concurrently either sees the task still there or is seen here.
     */
    void complete(UUID linkId, Next next, ExecutionComplete complete, ExecutionOperations<Void> operations) {
        tx.executeWithoutResult(s -> {
            Optional<Link> link = links.lock(linkId);
            if (next instanceof RetryAt retry) {
                boolean usable = retry.blocked() && link.isPresent() && !blocked(link.get());
                operations.reschedule(complete, usable ? Instant.now() : retry.at());
            } else if (next instanceof Parked parked) {
                // Woken while this task ran: the waker could not bring it forward.
                boolean woken = link.isPresent() && link.get().state() != LinkState.WAITING;
                operations.reschedule(complete, woken ? Instant.now() : parked.at());
            } else if (link.isPresent() && link.get().behind()) {
                operations.reschedule(complete, Instant.now());
            } else {
                operations.remove();
            }
        });
    }

    private boolean blocked(Link link) {
        return gate.blocked(link.company(), link.provider()).isPresent()
                || adapters.of(link.provider()).flatMap(a -> a.holdBack(link.company())).isPresent();
    }

    /** The idempotency key of one write: the link and the generation it was first tried for. */
    static String key(UUID link, long generation) {
        return UUID.nameUUIDFromBytes((link + ":" + generation).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
