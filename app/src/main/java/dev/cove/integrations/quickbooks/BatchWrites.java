package dev.cove.integrations.quickbooks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.cove.integrations.AccessToken;
import dev.cove.integrations.sync.BatchOutcome;
import dev.cove.integrations.sync.PushOutcome;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.util.RawValue;

/**
 * Creates sent together through {@code /batch}. Each operation is stored by the engine as
 * {@code {"entity": ..., "record": ...}} while in flight; the item ids are the positions, so a repeat
 * of the same operations under the same key is the replay QuickBooks recognises.
 */
final class BatchWrites {

    private static final Map<String, QuickBooksEntity<?>> ENTITIES = Stream.of(QuickBooksEntity.CUSTOMER,
            QuickBooksEntity.ITEM, QuickBooksEntity.INVOICE, QuickBooksEntity.PAYMENT, QuickBooksEntity.REFUND_RECEIPT)
            .collect(Collectors.toMap(QuickBooksEntity::name, Function.identity()));

    private final QuickBooksClient client;

    BatchWrites(QuickBooksClient client) {
        this.client = client;
    }

    /** One create as stored while its batch is in flight. */
    private record StoredOperation(@JsonProperty("entity") String entity, @JsonProperty("record") Object record) {
    }

    static <T> String operation(QuickBooksEntity<T> entity, T record) {
        return QuickBooksJson.MAPPER.writeValueAsString(new StoredOperation(entity.name(), record));
    }

    /**
     * A stored operation as a create whose record is the stored JSON text itself: read token by token,
     * without building the record's tree only to write it out again.
     */
    static BatchOperation stored(String batchId, String operation) {
        String entity = null;
        RawValue record = null;
        try (JsonParser parser = QuickBooksJson.MAPPER.createParser(operation)) {
            parser.nextToken();
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                if (name.equals("entity")) {
                    entity = parser.getString();
                } else if (name.equals("record")) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    record = new RawValue(operation.substring(start, (int) parser.currentLocation().getCharOffset()));
                } else {
                    parser.skipChildren();
                }
            }
        }
        QuickBooksEntity<?> known = ENTITIES.get(entity);
        if (known == null || record == null) {
            throw new IllegalArgumentException("Not a stored batch operation: " + operation);
        }
        return new BatchOperation(batchId, known, "create", record, false);
    }

    BatchOutcome send(AccessToken token, List<String> operations, String key) {
        List<BatchOperation> batch = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            batch.add(stored(String.valueOf(i), operations.get(i)));
        }
        List<BatchItemResult> results;
        try {
            results = client.batch(token, batch, key);
        } catch (QuickBooksFault fault) {
            return new BatchOutcome.Unanswered((PushOutcome.Failed) QuickBooksWrites.outcome(fault));
        }
        Map<String, BatchItemResult> byId = new HashMap<>();
        results.forEach(r -> byId.put(r.batchId(), r));
        List<PushOutcome> items = new ArrayList<>();
        for (BatchOperation operation : batch) {
            BatchItemResult result = byId.get(operation.batchId());
            if (result == null) {
                return new BatchOutcome.Unanswered((PushOutcome.Failed) PushOutcome.transientFailure("batch",
                        "QuickBooks answered the batch without item " + operation.batchId(), null));
            }
            items.add(result.succeeded() ? PushOutcome.pushed(result.id(), result.syncToken())
                    : QuickBooksWrites.outcome(result.fault()));
        }
        return new BatchOutcome.Answered(items);
    }
}
