package dev.cove.sandbox.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.databind.node.ObjectNode;

/**
 * One company (QuickBooks realm, Xero organisation, ...) held in memory by a sandbox. Records are
 * provider-shaped JSON objects grouped by type. Callers that read-modify-write wrap the work in
 * {@link #atomically(Supplier)}; every method here is also safe on its own.
 */
public final class Company {

    private final String id;
    private final String name;
    private final Map<String, String> traits;
    private final Instant createdAt;
    private final Map<String, Map<String, ObjectNode>> records = new HashMap<>();
    private final List<Deletion> deletions = new ArrayList<>();
    private final Map<String, StoredResponse> replays = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    /** Marks a name index in {@link #references}: its values are a text field's, normalised. */
    private static final String NAME = "#";

    /**
     * "type/field" to reference value (or "type/#field" to normalised name) to record ids, built on first
     * use and kept up to date after.
     */
    private final Map<String, Map<String, Set<String>>> references = new HashMap<>();

    public Company(String id, String name, Map<String, String> traits) {
        this.id = id;
        this.name = name;
        this.traits = Map.copyOf(traits);
        this.createdAt = Instant.now();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Provider-specific facts such as the country; never null. */
    public Map<String, String> traits() {
        return traits;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Runs the work while no other thread touches this company. Reentrant. */
    public synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    /** Next value of a named counter, starting at 1 (ids, document numbers). */
    public synchronized long next(String sequence) {
        return sequences.merge(sequence, 1L, Long::sum);
    }

    /** Moves a counter forward so it never hands out a value at or below {@code atLeast}. */
    public synchronized void advance(String sequence, long atLeast) {
        sequences.merge(sequence, atLeast, Math::max);
    }

    public synchronized Optional<ObjectNode> find(String type, String recordId) {
        return Optional.ofNullable(records.getOrDefault(type, Map.of()).get(recordId));
    }

    /** All records of a type in insertion order; the list is a copy, the records are live. */
    public synchronized List<ObjectNode> all(String type) {
        return new ArrayList<>(records.getOrDefault(type, Map.of()).values());
    }

    /**
     * The records of a type whose reference {@code field} ({@code {"value": ...}}) points at
     * {@code value}, without looking at the others: a customer's invoices among thousands.
     */
    public synchronized List<ObjectNode> referring(String type, String field, String value) {
        return indexed(type, field, value);
    }

    /**
     * The records of a type whose text {@code field} equals {@code name} once both are trimmed and
     * lower-cased, without looking at the others: a display name among thousands.
     */
    public synchronized List<ObjectNode> named(String type, String field, String name) {
        return indexed(type, NAME + field, normalised(name));
    }

    private List<ObjectNode> indexed(String type, String field, String value) {
        Map<String, Set<String>> index = references.computeIfAbsent(type + "/" + field, k -> {
            Map<String, Set<String>> built = new HashMap<>();
            records.getOrDefault(type, Map.of()).forEach((id, record) -> indexed(built, field, id, record, true));
            return built;
        });
        Map<String, ObjectNode> ofType = records.getOrDefault(type, Map.of());
        return index.getOrDefault(value, Set.of()).stream().map(ofType::get).filter(Objects::nonNull).toList();
    }

    public synchronized void put(String type, String recordId, ObjectNode record) {
        ObjectNode before = records.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(recordId, record);
        reindex(type, recordId, before, record);
    }

    private void reindex(String type, String recordId, ObjectNode before, ObjectNode after) {
        references.forEach((key, index) -> {
            if (key.startsWith(type + "/")) {
                String field = key.substring(type.length() + 1);
                indexed(index, field, recordId, before, false);
                indexed(index, field, recordId, after, true);
            }
        });
    }

    private static void indexed(Map<String, Set<String>> index, String field, String recordId, ObjectNode record,
            boolean add) {
        String value = field.startsWith(NAME) ? normalised(Json.text(record, field.substring(NAME.length())))
                : Json.ref(record, field);
        if (value == null) {
            return;
        }
        if (add) {
            index.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(recordId);
        } else {
            index.getOrDefault(value, new HashSet<>()).remove(recordId);
        }
    }

    private static String normalised(String name) {
        return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    public synchronized void remove(String type, String recordId, Instant at) {
        ObjectNode gone = records.getOrDefault(type, new HashMap<>()).remove(recordId);
        reindex(type, recordId, gone, null);
        if (gone != null) {
            deletions.add(new Deletion(type, recordId, at, gone));
        }
    }

    public synchronized List<Deletion> deletions() {
        return Collections.unmodifiableList(new ArrayList<>(deletions));
    }

    /** The response stored under an idempotency key, if any. */
    public synchronized Optional<StoredResponse> replay(String key) {
        return Optional.ofNullable(replays.get(key));
    }

    public synchronized void remember(String key, StoredResponse response) {
        replays.putIfAbsent(key, response);
    }
}
