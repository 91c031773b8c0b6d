package dev.cove.sandbox.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts API calls, throttled calls (429), injected faults and batch requests, in total and per company;
 * throttles and faults on writes (POST) are also counted apart, since only a write's failure belongs in a
 * client's sync log (a failed read is simply read again).
 */
public final class TrafficStats {

    private record Counters(LongAdder requests, LongAdder throttled, LongAdder faults, LongAdder batches,
            LongAdder writesThrottled, LongAdder writeFaults) {
        Counters() {
            this(new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder());
        }

        Map<String, Long> snapshot() {
            Map<String, Long> map = new LinkedHashMap<>();
            map.put("requests", requests.sum());
            map.put("throttled", throttled.sum());
            map.put("faults", faults.sum());
            map.put("batches", batches.sum());
            map.put("writesThrottled", writesThrottled.sum());
            map.put("writeFaults", writeFaults.sum());
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

    /** A throttled call; {@code write} when it was a POST. */
    public void throttled(String companyId, boolean write) {
        throttled(companyId);
        if (write) {
            total.writesThrottled.increment();
            of(companyId).writesThrottled.increment();
        }
    }

    /** A batch request that got past the rate limits (it is also counted as a request). */
    public void batch(String companyId) {
        total.batches.increment();
        of(companyId).batches.increment();
    }

    public void fault(String companyId) {
        total.faults.increment();
        of(companyId).faults.increment();
    }

    /** An injected fault; {@code write} when it hit a POST. */
    public void fault(String companyId, boolean write) {
        fault(companyId);
        if (write) {
            total.writeFaults.increment();
            of(companyId).writeFaults.increment();
        }
    }

    /** {@code {requests, throttled, faults, batches, writesThrottled, writeFaults, companies: {id: {the same}}}}. */
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
        total.batches.reset();
        total.writesThrottled.reset();
        total.writeFaults.reset();
    }

    private Counters of(String companyId) {
        return perCompany.computeIfAbsent(companyId == null ? "-" : companyId, id -> new Counters());
    }
}
