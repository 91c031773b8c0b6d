package dev.cove.integrations.sync;

/**
 * A provider failure met while preparing a write (a read the write needs), classified like a push
 * failure so that the engine records and retries it the same way.
 */
public class WriteFailed extends RuntimeException {

    private final transient PushOutcome.Failed failure;

    public WriteFailed(PushOutcome.Failed failure) {
        super(failure.message(), null, false, false);
        this.failure = failure;
    }

    public PushOutcome.Failed failure() {
        return failure;
    }
}
