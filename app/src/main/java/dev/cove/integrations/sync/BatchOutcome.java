package dev.cove.integrations.sync;

import java.util.List;

/** What became of a batch write: the provider answered item by item, or the request as a whole failed. */
public sealed interface BatchOutcome {

    /**
     * The provider answered every operation, in the order sent. A failed item was definitely not
     * written, so the engine may try it again under a new key.
     */
    record Answered(List<PushOutcome> items) implements BatchOutcome {
    }

    /** No answer for the items (transport, 5xx, 429, 401): the batch is repeated as it was, same key. */
    record Unanswered(PushOutcome.Failed failure) implements BatchOutcome {
    }
}
