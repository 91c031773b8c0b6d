package dev.cove.sandbox.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The companies of one provider sandbox, in creation order. Thread-safe. */
public final class Companies {

    private final Map<String, Company> byId = new LinkedHashMap<>();

    public synchronized Company add(Company company) {
        if (byId.putIfAbsent(company.id(), company) != null) {
            throw new IllegalArgumentException("company " + company.id() + " exists");
        }
        return company;
    }

    public synchronized Optional<Company> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public synchronized List<Company> all() {
        return new ArrayList<>(byId.values());
    }

    public synchronized void clear() {
        byId.clear();
    }
}
