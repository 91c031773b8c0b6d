package dev.cove.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on a running Cove: at a fixed rate, each operation creates an invoice over the
 * API and sends it (PDF rendered, mail delivered over SMTP), and its latency is the time for both
 * calls. Operations start on schedule whether or not earlier ones finished, so a slow server
 * shows up as latency instead of silently lowering the rate (no coordinated omission).
 *
 * <p>Arguments: {@code baseUrl apiKey [ratePerSecond=100] [seconds=60] [warmupSeconds=10]}.
 */
public final class InvoiceSendLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String key = args.length > 1 ? args[1] : System.getenv().getOrDefault("COVE_DEMO_API_KEY", "demo-key");
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;

        LeanHttp http = new LeanHttp(base);
        String customer = id(call(http, base, key, "/api/v1/customers",
                "{\"displayName\":\"Load Test Customer\",\"email\":\"load@example.com\"}"));
        String invoiceJson = """
                {"customerId":"%s","notes":"bench","lines":[
                 {"description":"Weekly Pool Service","serviceDate":"2026-11-02","quantity":1,"unitPrice":85.00},
                 {"description":"Weekly Pool Service","serviceDate":"2026-11-09","quantity":1,"unitPrice":85.00},
                 {"description":"Chlorine Tablets","quantity":2,"unitPrice":19.99,"taxable":true}]}""".formatted(customer);

        System.out.printf("Warming up for %d s at %d/s...%n", warmup, rate);
        run(http, base, key, invoiceJson, rate, warmup, new Latencies(), new AtomicInteger());
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        System.out.printf("Measuring %d s at %d operations/s (create + send each)...%n", seconds, rate);
        long started = System.nanoTime();
        run(http, base, key, invoiceJson, rate, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.println("invoice create+send over the API");
        System.out.printf("  achieved rate: %.1f operations/s over %.1f s, errors: %d%n", latencies.count() / elapsed,
                elapsed, errors.get());
        System.out.println("  latency: " + latencies.summary());
        System.out.printf("  target p99 < 30 ms: %s%n", errors.get() == 0
                && latencies.count() / elapsed >= rate * 0.98 && latencies.percentileMillis(99) < 30 ? "MET" : "NOT MET");
        System.exit(0);
    }

    private static void run(LeanHttp http, String base, String key, String invoiceJson, int rate, int seconds,
            Latencies latencies, AtomicInteger errors) throws InterruptedException {
        OpenLoop.run(rate, seconds, () -> {
            String invoice = id(call(http, base, key, "/api/v1/invoices", invoiceJson));
            call(http, base, key, "/api/v1/invoices/" + invoice + "/send", null);
        }, latencies, errors);
    }

    private static String call(LeanHttp http, String base, String key, String path, String json) throws Exception {
        LeanHttp.Response response = http.post(path, Map.of("Authorization", "Bearer " + key, "Content-Type",
                "application/json"), json == null ? "" : json);
        if (response.status() >= 300) {
            throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return m.group(1);
    }
}
