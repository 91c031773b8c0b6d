package dev.cove.integrations.quickbooks;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cove.integrations.AccessToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The thin typed client of the QuickBooks Online v3 API. Every call takes the {@link AccessToken}
 * to use ({@code accountId} is the realm) and sends it as a bearer token with {@code minorversion}
 * and {@code Accept: application/json}. Every write takes a {@code requestId} (at most 50
 * characters, 36 for a batch) that the caller keeps the same across retries: QuickBooks answers a
 * repeated id with the original response and changes nothing, so a retry after a lost response
 * never duplicates. Every failure is thrown as a {@link QuickBooksFault}, already classified.
 * Thread-safe; holds no per-company state.
 */
public class QuickBooksClient {

    /** QuickBooks' cap on rows per query page. */
    public static final int MAX_PAGE = 1000;
    /** Cove's cap on operations per batch (Intuit recommends at most 30). */
    public static final int MAX_BATCH = 30;

    private final QuickBooksHttp http;
    private final QuickBooksSettings settings;

    /** {@code baseUrl} gives the API base a token is valid at (its connection's environment). */
    public QuickBooksClient(QuickBooksSettings settings, Function<AccessToken, URI> baseUrl) {
        this.http = new QuickBooksHttp(settings, baseUrl);
        this.settings = settings;
    }

    /** Creates a record; idempotent under {@code requestId}. */
    public <T> T create(AccessToken token, QuickBooksEntity<T> entity, T record, String requestId) {
        ObjectNode body = QuickBooksJson.MAPPER.valueToTree(record);
        body.remove(List.of("Id", "SyncToken", "MetaData"));
        return unwrap(entity, http.post(token, "/" + entity.path(), write(requestId, 50), body));
    }

    public <T> T read(AccessToken token, QuickBooksEntity<T> entity, String id) {
        return unwrap(entity, http.get(token, "/" + entity.path() + "/" + id, Map.of()));
    }

    /**
     * Changes only the non-null fields of {@code changes} (a {@code Line} list replaces all lines).
     * A {@code syncToken} that is no longer current fails with 5010 ({@link QuickBooksFault#staleObject()}).
     */
    public <T> T sparseUpdate(AccessToken token, QuickBooksEntity<T> entity, String id, String syncToken, T changes,
            String requestId) {
        ObjectNode body = QuickBooksJson.MAPPER.valueToTree(changes);
        body.remove(List.of("MetaData"));
        body.put("Id", id);
        body.put("SyncToken", syncToken);
        body.put("sparse", true);
        return unwrap(entity, http.post(token, "/" + entity.path(), write(requestId, 50), body));
    }

    /**
     * Voids an Invoice, RefundReceipt or Payment: the record stays with zero amounts. Payments use
     * QuickBooks' {@code operation=update&include=void}, the others {@code operation=void}.
     */
    public <T> T voidTransaction(AccessToken token, QuickBooksEntity<T> entity, String id, String syncToken,
            String requestId) {
        Map<String, String> params = write(requestId, 50);
        ObjectNode body = QuickBooksJson.MAPPER.createObjectNode().put("Id", id).put("SyncToken", syncToken);
        if (entity.equals(QuickBooksEntity.PAYMENT)) {
            params.put("operation", "update");
            params.put("include", "void");
            body.put("sparse", true);
        }
        else {
            params.put("operation", "void");
        }
        return unwrap(entity, http.post(token, "/" + entity.path(), params, body));
    }

    /**
     * One page of {@code SELECT * FROM entity WHERE where ORDERBY Id}; build {@code where} with
     * {@link QuickBooksQuery} so quotes are escaped. {@code where} may be null.
     */
    public <T> QueryPage<T> query(AccessToken token, QuickBooksEntity<T> entity, String where, int startPosition,
            int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE || startPosition < 1) {
            throw new IllegalArgumentException("page size 1.." + MAX_PAGE + " and start position from 1");
        }
        JsonNode root = http.get(token, "/query",
                Map.of("query", QuickBooksQuery.select(entity.name(), where, startPosition, pageSize)));
        return new QueryPage<>(rows(entity, root.path("QueryResponse")), startPosition, pageSize);
    }

    /** Every matching record, page after page. */
    public <T> List<T> queryAll(AccessToken token, QuickBooksEntity<T> entity, String where, int pageSize) {
        List<T> all = new ArrayList<>();
        QueryPage<T> page = query(token, entity, where, 1, pageSize);
        all.addAll(page.records());
        while (page.mayHaveMore()) {
            page = query(token, entity, where, page.nextPosition(), pageSize);
            all.addAll(page.records());
        }
        return all;
    }

    /**
     * Runs up to {@link #MAX_BATCH} operations in one request; items run in order, cannot see each
     * other's results, and each answers its own record or fault, in the order given. A replay with
     * the same {@code requestId} (at most 36 characters) and the same item ids changes nothing.
     */
    public List<BatchItemResult> batch(AccessToken token, List<BatchOperation> operations, String requestId) {
        if (operations.isEmpty() || operations.size() > MAX_BATCH) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_BATCH + " operations");
        }
        Map<String, BatchOperation> byId = new HashMap<>();
        ArrayNode items = QuickBooksJson.MAPPER.createArrayNode();
        for (BatchOperation operation : operations) {
            if (byId.put(operation.batchId(), operation) != null) {
                throw new IllegalArgumentException("Batch item ids must be unique: " + operation.batchId());
            }
            ObjectNode item = items.addObject().put("bId", operation.batchId()).put("operation", operation.operation());
            if (operation.record() instanceof RawValue json) {
                item.putRawValue(operation.entity().name(), json);
                continue;
            }
            ObjectNode payload = operation.record() instanceof ObjectNode json ? json
                    : QuickBooksJson.MAPPER.valueToTree(operation.record());
            payload.remove("MetaData");
            if (operation.sparse()) {
                payload.put("sparse", true);
            }
            item.set(operation.entity().name(), payload);
        }
        ObjectNode body = QuickBooksJson.MAPPER.createObjectNode();
        body.set("BatchItemRequest", items);
        JsonNode root = http.post(token, "/batch", write(requestId, 36), body);
        List<BatchItemResult> results = new ArrayList<>();
        for (JsonNode item : root.path("BatchItemResponse")) {
            String batchId = item.path("bId").asString(null);
            if (item.has("Fault")) {
                results.add(new BatchItemResult(batchId, null, null,
                        FaultResponses.fromFault(0, item.get("Fault"), null, settings.throttleWait())));
                continue;
            }
            BatchOperation operation = byId.get(batchId);
            QuickBooksEntity<?> entity = operation == null ? null : operation.entity();
            results.add(new BatchItemResult(batchId, entity, entity == null ? null : item.get(entity.name()), null));
        }
        return results;
    }

    /**
     * Change data capture: full records of {@code entities} changed since {@code since} (at most 30
     * days back), deletions as ids. Cove uses Customer, Item, Invoice, Payment and RefundReceipt.
     */
    public ChangeDataCapture changedSince(AccessToken token, Collection<QuickBooksEntity<?>> entities, Instant since) {
        Map<String, QuickBooksEntity<?>> byName = entities.stream()
            .collect(Collectors.toMap(QuickBooksEntity::name, e -> e, (a, b) -> a));
        JsonNode root = http.get(token, "/cdc", Map.of("entities", String.join(",", byName.keySet()),
                "changedSince", since.atOffset(ZoneOffset.UTC).toString()));
        List<ChangedRecord> changes = new ArrayList<>();
        for (JsonNode cdc : root.path("CDCResponse")) {
            for (JsonNode response : cdc.path("QueryResponse")) {
                for (String name : response.propertyNames()) {
                    QuickBooksEntity<?> entity = byName.get(name);
                    if (entity == null || !response.get(name).isArray()) {
                        continue;
                    }
                    for (JsonNode row : response.get(name)) {
                        changes.add(changed(entity, row));
                    }
                }
            }
        }
        return new ChangeDataCapture(changes);
    }

    /** Company preferences: automated sales tax, inventory tracking. */
    public QboPreferences preferences(AccessToken token) {
        return QuickBooksJson.MAPPER.treeToValue(http.get(token, "/preferences", Map.of()).path("Preferences"),
                QboPreferences.class);
    }

    /** Company name and country (the tax model follows the country). */
    public QboCompanyInfo companyInfo(AccessToken token) {
        return QuickBooksJson.MAPPER.treeToValue(
                http.get(token, "/companyinfo/" + token.accountId(), Map.of()).path("CompanyInfo"),
                QboCompanyInfo.class);
    }

    private static ChangedRecord changed(QuickBooksEntity<?> entity, JsonNode row) {
        String id = row.path("Id").asString(null);
        String stamp = row.path("MetaData").path("LastUpdatedTime").asString(null);
        OffsetDateTime updated = stamp == null ? null : OffsetDateTime.parse(stamp);
        boolean deleted = "Deleted".equalsIgnoreCase(row.path("status").asString(""));
        return new ChangedRecord(entity.name(), id, deleted, updated, deleted ? null : convert(entity, row));
    }

    private static Map<String, String> write(String requestId, int maxLength) {
        if (requestId == null || requestId.isBlank() || requestId.length() > maxLength) {
            throw new IllegalArgumentException("A write needs a requestid of 1 to " + maxLength + " characters");
        }
        Map<String, String> params = new HashMap<>();
        params.put("requestid", requestId);
        return params;
    }

    private static <T> List<T> rows(QuickBooksEntity<T> entity, JsonNode response) {
        List<T> rows = new ArrayList<>();
        for (JsonNode row : response.path(entity.name())) {
            rows.add(convert(entity, row));
        }
        return rows;
    }

    private static <T> T unwrap(QuickBooksEntity<T> entity, JsonNode root) {
        return convert(entity, root.path(entity.name()));
    }

    private static <T> T convert(QuickBooksEntity<T> entity, JsonNode node) {
        return node == null || node.isMissingNode() ? null : QuickBooksJson.MAPPER.treeToValue(node, entity.type());
    }
}
