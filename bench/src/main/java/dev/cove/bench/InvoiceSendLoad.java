package dev.cove.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on a running Cove: invoices created over the API and sent (PDF rendered, mail
 * delivered over SMTP), two API calls each, at a fixed number of API requests a second, so the
 * target's 100 requests/s is 50 invoices created and sent a second. Operations start on schedule
 * whether or not earlier ones finished, so a slow server shows up as latency instead of silently
 * lowering the rate (no coordinated omission).
 *
 * <p>The figure checked is the latency of a whole create+send pair, from when it was due to the
 * send's answer: the two requests' latencies added up, so stricter than the per-request figure
 * that is printed too. The operations over 30 ms are counted per second of the run, to tell a
 * steady tail from a moment (an autovacuum, a collection) on a shared machine.
 *
 * <p>Arguments: {@code baseUrl apiKey [requestsPerSecond=100] [seconds=60] [warmupSeconds=10]}.
 */
public final class InvoiceSendLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final long SLOW_MICROS = 30_000;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String key = args.length > 1 ? args[1] : System.getenv().getOrDefault("COVE_DEMO_API_KEY", "demo-key");
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int rate = requests / 2;

        LeanHttp http = new LeanHttp(base);
        String customer = id(firstCall(http, key, "/api/v1/customers",
                "{\"displayName\":\"Load Test Customer\",\"email\":\"load@example.com\"}"));
        String invoiceJson = """
                {"customerId":"%s","notes":"bench","lines":[
                 {"description":"Weekly Pool Service","serviceDate":"2026-11-02","quantity":1,"unitPrice":85.00},
                 {"description":"Weekly Pool Service","serviceDate":"2026-11-09","quantity":1,"unitPrice":85.00},
                 {"description":"Chlorine Tablets","quantity":2,"unitPrice":19.99,"taxable":true}]}""".formatted(customer);

        System.out.printf("Warming up for %d s at %d requests/s...%n", warmup, requests);
        new Run(http, key, invoiceJson, warmup).go(rate);
        System.out.printf("Measuring %d s at %d requests/s (%d invoices created and sent a second)...%n", seconds,
                requests, rate);
        Run measured = new Run(http, key, invoiceJson, seconds);
        measured.go(rate);
        double elapsed = (System.nanoTime() - measured.started) / 1e9;
        System.out.printf("invoice create+send over the API, %d requests/s%n", requests);
        System.out.printf("  achieved: %.1f requests/s over %.1f s, errors: %d%n", 2 * measured.pairs.count() / elapsed,
                elapsed, measured.errors.get());
        System.out.println("  create+send: " + measured.pairs.summary());
        System.out.println("  each request: " + measured.requests.summary());
        System.out.println("  create+send over 30 ms, by second of the run: " + measured.slowSeconds());
        System.out.printf("  target p99 < 30 ms (create+send): %s%n", measured.errors.get() == 0
                && measured.pairs.count() / elapsed >= rate * 0.98 && measured.pairs.percentileMillis(99) < 30
                ? "MET" : "NOT MET");
        System.exit(0);
    }

    /** One timed stretch of load and what it measured. */
    private static final class Run {
        final LeanHttp http;
        final String key;
        final String invoiceJson;
        final long started = System.nanoTime();
        final int seconds;
        final Latencies pairs = new Latencies();
        final Latencies requests = new Latencies();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicIntegerArray slow;

        Run(LeanHttp http, String key, String invoiceJson, int seconds) {
            this.http = http;
            this.key = key;
            this.invoiceJson = invoiceJson;
            this.seconds = seconds;
            this.slow = new AtomicIntegerArray(seconds);
        }

        void go(int rate) throws InterruptedException {
            OpenLoop.run(rate, seconds, due -> {
                String invoice = id(call(http, key, "/api/v1/invoices", invoiceJson));
                long created = System.nanoTime();
                call(http, key, "/api/v1/invoices/" + invoice + "/send", null);
                long sent = System.nanoTime();
                requests.add((created - due) / 1000);
                requests.add((sent - created) / 1000);
                if ((sent - due) / 1000 > SLOW_MICROS) {
                    slow.incrementAndGet((int) Math.min(seconds - 1, Math.max(0, (due - started) / 1_000_000_000L)));
                }
            }, pairs, errors);
        }

        String slowSeconds() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < slow.length(); i++) {
                if (slow.get(i) > 0) {
                    text.append(text.isEmpty() ? "" : ", ").append(i).append(" s: ").append(slow.get(i));
                }
            }
            return text.isEmpty() ? "none" : text.toString();
        }
    }

    /** A just-started Cove answers before its demo company (and API key) exists: 401s are retried for 30 s. */
    private static String firstCall(LeanHttp http, String key, String path, String json) throws Exception {
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                return call(http, key, path, json);
            } catch (IllegalStateException e) {
                if (!e.getMessage().contains(" answered 401") || System.nanoTime() > giveUp) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static String call(LeanHttp http, String key, String path, String json) throws Exception {
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
