package dev.cove.integrations.sync;

/**
 * Met while preparing a write: the record refers to one that has not reached the provider yet. The
 * engine parks the record before it spends a request on it, as it would on {@link PushOutcome.Awaiting}.
 */
public class AwaitingReference extends RuntimeException {

    private final transient PushOutcome.Awaiting awaiting;

    public AwaitingReference(PushOutcome.Awaiting awaiting) {
        super(awaiting.message(), null, false, false);
        this.awaiting = awaiting;
    }

    public PushOutcome.Awaiting awaiting() {
        return awaiting;
    }
}
