package dev.cove.sandbox.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts API calls, throttled calls (429) and injected faults, in total and per company. */
public final class TrafficStats {

    private record Counters(LongAdder requests, LongAdder throttled, LongAdder faults) {
        Counters() {
            this(new LongAdder(), new LongAdder(), new LongAdder());
        }

        Map<String, Long> snapshot() {
            Map<String, Long> map = new LinkedHashMap<>();
            map.put("requests", requests.sum());
            map.put("throttled", throttled.sum());
            map.put("faults", faults.sum());
            return map;
        }
    }

    private final Counters total = new Counters();
    private final Map<String, Counters> perCompany = new ConcurrentHashMap<>();

    public void request(String companyId) {
        total.requests.increment();
        of(companyId).requests.increment();
    }

    public void throttled(String companyId) {
        total.throttled.increment();
        of(companyId).throttled.increment();
    }

    public void fault(String companyId) {
        total.faults.increment();
        of(companyId).faults.increment();
    }

    /** {@code {requests, throttled, faults, companies: {id: {requests, throttled, faults}}}}. */
    public Map<String, Object> snapshot() {
        Map<String, Object> map = new LinkedHashMap<>(total.snapshot());
        Map<String, Object> companies = new TreeMap<>();
        perCompany.forEach((id, counters) -> companies.put(id, counters.snapshot()));
        map.put("companies", companies);
        return map;
    }

    public void reset() {
        perCompany.clear();
        total.requests.reset();
        total.throttled.reset();
        total.faults.reset();
    }

    private Counters of(String companyId) {
        return perCompany.computeIfAbsent(companyId == null ? "-" : companyId, id -> new Counters());
    }
}
