package dev.cove.integrations.sync;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What preparing one write as a batch operation came to: the same answers {@link
 * SyncAdapter#batchOperation} gives by returning or throwing, as values, so that many writes can be
 * prepared at once.
 */
public sealed interface Prepared {

    /** The write as one operation of a batch, references resolved. */
    record Operation(String body) implements Prepared {
    }

    /** The write must go alone (an update that needs a read first). */
    record Alone() implements Prepared {
    }

    /** It refers to a record not at the provider yet; its own task parks it. */
    record Waits(PushOutcome.Awaiting awaiting) implements Prepared {
    }

    /** A provider call needed to prepare it failed. */
    record Failed(PushOutcome.Failed failure) implements Prepared {
    }

    /** Prepares one write as {@link SyncAdapter#batchOperation} does and turns its answer into a value. */
    static Prepared of(Supplier<Optional<String>> operation) {
        try {
            return operation.get().<Prepared>map(Operation::new).orElseGet(Alone::new);
        } catch (AwaitingReference e) {
            return new Waits(e.awaiting());
        } catch (WriteFailed e) {
            return new Failed(e.failure());
        }
    }
}
