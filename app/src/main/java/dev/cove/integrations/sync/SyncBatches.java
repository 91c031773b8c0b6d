package dev.cove.integrations.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.ConnectionNeedsReconnect;
import dev.cove.integrations.Provider;
import dev.cove.integrations.sync.PushOutcome.FailureKind;
import dev.cove.integrations.sync.SyncLog.Outcome;
import dev.cove.integrations.sync.SyncWorker.Next;
import dev.cove.integrations.sync.SyncWorker.RetryAt;
import dev.cove.shared.CompanyId;

/**
 * Batches of writes: the task that leads one takes other changed records of the same type along, each
 * claimed by storing its operation under the batch's key and its position before anything is sent.
 * Until the batch settles, only the leader's task sends it (again, identically, after a lost answer or
 * a crash); the others wait. An answered batch settles every record in one transaction.
 */
@Component
class SyncBatches {

    private final SyncLinks links;
    private final SyncLog log;
    private final SyncRuns runs;
    private final ConnectionGate gate;
    private final Backoff backoff;
    private final TransactionTemplate tx;
    private final SyncTasks tasks;

    SyncBatches(SyncLinks links, SyncLog log, SyncRuns runs, ConnectionGate gate, Backoff backoff, TransactionTemplate tx,
            SyncTasks tasks) {
        this.tasks = tasks;
        this.links = links;
        this.log = log;
        this.runs = runs;
        this.gate = gate;
        this.backoff = backoff;
        this.tx = tx;
    }

    /** The record as a batch operation, or empty when it must go alone; throws {@link WriteFailed}. */
    Optional<String> operation(SyncAdapter adapter, Link link, String body, AccessToken token) {
        return adapter.batchOperation(request(link, body, null, token));
    }

    /**
     * Claims up to {@code adapter.batchSize() - 1} records of the leader's type for its batch under
     * {@code key}; returns how many. The candidates are locked while they are prepared, in one
     * transaction, and those another leader has locked are passed over. A candidate whose rendering is
     * unchanged, or that must go alone or wait, stays for its own task; a provider failure while
     * preparing one is recorded on it and ends the taking.
     */
    int takeAlong(SyncAdapter adapter, Link leader, String key, AccessToken token) {
        return tx.execute(s -> takeAlong(adapter, key, links.batchCandidates(leader.company(), leader.provider(),
                leader.type(), leader.id(), 2 * adapter.batchSize(), true), token));
    }

    /**
     * Candidates are rendered, prepared and claimed a chunk at a time, each step for the whole chunk at
     * once; positions count every claim tried, so a lost claim leaves a gap, never a repeated position.
     */
    private int takeAlong(SyncAdapter adapter, String key, List<Link> candidates, AccessToken token) {
        int wanted = adapter.batchSize() - 1;
        int taken = 0;
        int position = 0;
        int next = 0;
        while (taken < wanted && next < candidates.size()) {
            List<Link> chunk = candidates.subList(next, Math.min(candidates.size(), next + wanted - taken));
            next += chunk.size();
            Map<UUID, Outbound> rendered = adapter.render(chunk.get(0).company(), chunk.get(0).type(),
                    chunk.stream().map(Link::localId).toList());
            List<Link> changed = new ArrayList<>();
            List<SyncWorker.Attempt> attempts = new ArrayList<>();
            List<PushRequest> requests = new ArrayList<>();
            for (Link candidate : chunk) {
                Outbound outbound = rendered.get(candidate.localId());
                Optional.ofNullable(outbound).flatMap(o -> SyncWorker.changed(candidate, o)).ifPresent(attempt -> {
                    changed.add(candidate);
                    attempts.add(attempt);
                    requests.add(request(candidate, attempt.body(), null, token, links, outbound.form()));
                });
            }
            List<Prepared> prepared = requests.isEmpty() ? List.of() : adapter.batchOperations(requests);
            List<SyncLinks.Claim> claims = new ArrayList<>();
            Link failed = null;
            PushOutcome.Failed failure = null;
            for (int i = 0; i < changed.size() && failed == null; i++) {
                SyncWorker.Attempt attempt = attempts.get(i);
                if (prepared.get(i) instanceof Prepared.Operation operation) {
                    claims.add(new SyncLinks.Claim(changed.get(i).id(), attempt.generation(), key, attempt.hash(),
                            operation.body(), ++position));
                } else if (prepared.get(i) instanceof Prepared.Failed f) {
                    failed = changed.get(i);
                    failure = f.failure();
                }
            }
            for (boolean claimed : links.beginAttempts(claims)) {
                taken += claimed ? 1 : 0;
            }
            if (failed != null) {
                failedWhilePrepared(failed, failure);
                break;
            }
        }
        return taken;
    }

    /** A provider failure met while preparing a candidate it claimed nothing for: counted on it, retried by its task. */
    private void failedWhilePrepared(Link candidate, PushOutcome.Failed failure) {
        log.write(candidate, Outcome.TRANSIENT, null, failure.code(), failure.message(), null);
        links.failedTransiently(candidate.id(), null, failure.code(), failure.message(), true);
    }

    /** Sends the batch stored under {@code key}, as stored, and settles what came back. */
    Next send(SyncAdapter adapter, CompanyId company, Provider provider, String key, AccessToken token)
            throws InterruptedException {
        List<Link> members = links.batch(company, provider, key);
        if (members.isEmpty()) {
            return SyncWorker.SETTLED;
        }
        Link leader = members.get(0);
        List<String> operations = members.stream().map(Link::inflightBody).toList();
        BatchOutcome outcome;
        try {
            outcome = send(adapter, leader, operations, token);
            if (outcome instanceof BatchOutcome.Unanswered u && u.failure().kind() == FailureKind.UNAUTHORIZED) {
                outcome = send(adapter, leader, operations, gate.refresh(leader.company(), leader.provider(), token));
            }
        } catch (ConnectionNeedsReconnect e) {
            return waitFor(members, e.getMessage());
        }
        return settle(members, outcome);
    }

    private static BatchOutcome send(SyncAdapter adapter, Link leader, List<String> operations, AccessToken token)
            throws InterruptedException {
        try {
            BatchOutcome outcome = adapter.pushBatch(leader.company(), token, operations, leader.inflightKey());
            if (outcome instanceof BatchOutcome.Answered answered && answered.items().size() != operations.size()) {
                return new BatchOutcome.Unanswered((PushOutcome.Failed) PushOutcome.transientFailure("batch",
                        "The provider answered " + answered.items().size() + " of " + operations.size() + " operations", null));
            }
            return outcome;
        } catch (RuntimeException e) {
            return new BatchOutcome.Unanswered((PushOutcome.Failed) PushOutcome.transientFailure("client", e.toString(), null));
        }
    }

    private Next settle(List<Link> members, BatchOutcome outcome) {
        Link leader = members.get(0);
        if (outcome instanceof BatchOutcome.Answered answered) {
            Integer leaderFailures = tx.execute(s -> {
                Integer failures = null;
                Settlements pushed = new Settlements();
                for (int i = 0; i < members.size(); i++) {
                    Link member = members.get(i);
                    PushOutcome item = answered.items().get(i);
                    if (item instanceof PushOutcome.Pushed done) {
                        pushed.add(member, done);
                    } else {
                        Integer failed = settleFailed(member, item instanceof PushOutcome.Awaiting awaiting
                                ? awaiting.asFailure() : (PushOutcome.Failed) item);
                        failures = i == 0 ? failed : failures;
                    }
                }
                links.pushed(pushed.links);
                log.write(pushed.lines);
                runs.settled(pushed.runs);
                tasks.dropSettled(leader.provider(), members.stream().skip(1).map(Link::id).toList());
                return failures;
            });
            wakeParked(members);
            // The others' own tasks retry a failed item; the leader's is this one.
            return leaderFailures == null ? SyncWorker.SETTLED
                    : new RetryAt(Instant.now().plus(backoff.after(leaderFailures, null)), false);
        }
        PushOutcome.Failed failed = ((BatchOutcome.Unanswered) outcome).failure();
        switch (failed.kind()) {
            case NEEDS_RECONNECT, UNAUTHORIZED -> {
                gate.needsReconnect(leader.company(), leader.provider(), failed.message());
                return waitFor(members, failed.message());
            }
            case PERMANENT -> {
                // Refused as a whole: nothing was written.
                tx.executeWithoutResult(s -> members.forEach(m -> refuse(m, failed, failed.message(), true)));
                wakeParked(members);
                return SyncWorker.SETTLED;
            }
            default -> {
                Integer failures = tx.execute(s -> {
                    int leaderFailures = 0;
                    for (Link member : members) {
                        log.write(member, Outcome.TRANSIENT, null, failed.code(), failed.message(), member.inflightKey());
                        int count = links.failedTransiently(member.id(), member.inflightKey(), failed.code(), failed.message(), true);
                        leaderFailures = member == leader ? count : leaderFailures;
                    }
                    return leaderFailures;
                });
                if (!backoff.exhausted(failures)) {
                    return new RetryAt(Instant.now().plus(backoff.after(failures, failed.retryAfter())), false);
                }
                String message = "Gave up after " + failures + " attempts: " + failed.message();
                // The batch may have reached the provider: every record keeps its place for the next try.
                tx.executeWithoutResult(s -> members.forEach(m -> refuse(m, failed, message, false)));
                wakeParked(members);
                return SyncWorker.SETTLED;
            }
        }
    }

    /** The pushed items of an answered batch, written together. */
    private static final class Settlements {
        final List<SyncLinks.Pushed> links = new ArrayList<>();
        final List<SyncLog.Line> lines = new ArrayList<>();
        final List<SyncRuns.Settled> runs = new ArrayList<>();

        void add(Link member, PushOutcome.Pushed pushed) {
            links.add(new SyncLinks.Pushed(member.id(), pushed.remoteId(), pushed.remoteVersion(), member.inflightHash(),
                    member.inflightGeneration()));
            lines.add(new SyncLog.Line(member, Outcome.PUSHED, pushed.remoteId(), null, null, member.inflightKey()));
            runs.add(new SyncRuns.Settled(member.id(), member.inflightGeneration(), SyncRuns.ItemOutcome.DONE));
        }
    }

    /** Settles one refused item; returns its failure count when it failed transiently, else null. */
    private Integer settleFailed(Link member, PushOutcome.Failed failed) {
        if (failed.kind() == FailureKind.PERMANENT) {
            refuse(member, failed, failed.message(), true);
            return null;
        }
        log.write(member, Outcome.TRANSIENT, null, failed.code(), failed.message(), member.inflightKey());
        return links.failedTransiently(member.id(), member.inflightKey(), failed.code(), failed.message(), false);
    }

    private void refuse(Link member, PushOutcome.Failed failed, String message, boolean writeSettled) {
        long generation = writeSettled ? member.inflightGeneration() : member.generation();
        links.refused(member.id(), member.inflightKey(), generation, failed.code(), message, writeSettled);
        log.write(member, writeSettled ? Outcome.REFUSED : Outcome.GAVE_UP, null, failed.code(), message,
                member.inflightKey());
        runs.settled(member.id(), generation, SyncRuns.ItemOutcome.FAILED);
    }

    /** After the members' settlement committed: the records parked on them go back in the queue. */
    private void wakeParked(List<Link> members) {
        tasks.wakeAwaiting(members.get(0).provider(), members.stream().map(Link::id).toList());
    }

    private Next waitFor(List<Link> members, String reason) {
        tx.executeWithoutResult(s -> members.forEach(member -> {
            if (member.state() != LinkState.WAITING) {
                log.write(member, Outcome.WAITING, null, null, reason, null);
            }
            links.waiting(member.id(), reason);
        }));
        return new RetryAt(Instant.now().plus(gate.recheck()), true);
    }

    static PushRequest request(Link link, String body, String key, AccessToken token, SyncLinks links) {
        return request(link, body, key, token, links, null);
    }

    private static PushRequest request(Link link, String body, String key, AccessToken token, SyncLinks links,
            Object rendered) {
        return new PushRequest(link.company(), link.type(), link.localId(), link.remote(), body, key, token,
                new LinkedIds(link.company(), link.provider(), links), rendered);
    }

    /** The provider ids of a company's records, as the link table has them. */
    private record LinkedIds(CompanyId company, Provider provider, SyncLinks links) implements PushRequest.RemoteIds {

        @Override
        public String of(RecordType type, UUID localId) {
            return links.remoteId(company, provider, type, localId);
        }

        @Override
        public Map<UUID, String> of(RecordType type, Collection<UUID> localIds) {
            return links.remoteIds(new SyncLinks.Records(company, provider, type, List.copyOf(localIds)));
        }
    }

    private PushRequest request(Link link, String body, String key, AccessToken token) {
        return request(link, body, key, token, links);
    }
}
