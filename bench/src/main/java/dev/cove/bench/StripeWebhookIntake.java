package dev.cove.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Open-loop load on Cove's Stripe webhook endpoint: signed Connect events, each with a new id, at a fixed
 * rate. An event counts when Cove answered 200, i.e. the signature was checked over the raw body and the
 * event stored; handling happens afterwards and is not in the latency. Operations start on schedule whether
 * or not earlier ones finished (no coordinated omission).
 *
 * <p>Arguments: {@code baseUrl [ratePerSecond=1000] [seconds=30] [warmupSeconds=10] [whsecSecret]}; without a
 * secret, the one Cove registered with its built-in sandbox is read from the sandbox's admin API.
 */
public final class StripeWebhookIntake {

    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String secret = args.length > 4 ? args[4] : sandboxSecret(base);

        System.out.printf("Warming up for %d s at %d events/s...%n", warmup, rate);
        LeanHttp lean = new LeanHttp(base);
        run(lean, secret, rate, warmup, new Latencies(), new AtomicInteger());
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        System.out.printf("Measuring %d s at %d events/s...%n", seconds, rate);
        long started = System.nanoTime();
        run(lean, secret, rate, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.println("Stripe webhook intake (signature checked, stored, answered)");
        System.out.printf("  accepted: %.1f events/s over %.1f s, errors: %d%n", latencies.count() / elapsed, elapsed,
                errors.get());
        System.out.println("  latency: " + latencies.summary());
        System.out.printf("  target >= 1000 events/s with p99 < 20 ms: %s%n",
                errors.get() == 0 && latencies.count() / elapsed >= 1000 * 0.98 && latencies.percentileMillis(99) < 20
                        ? "MET" : "NOT MET");
        System.exit(0);
    }

    private static void run(LeanHttp http, String secret, int rate, int seconds, Latencies latencies,
            AtomicInteger errors) throws InterruptedException {
        OpenLoop.run(rate, seconds, due -> {
            long now = Instant.now().getEpochSecond();
            String body = event(now);
            LeanHttp.Response response = http.post("/webhooks/stripe", Map.of("Content-Type", "application/json",
                    "Stripe-Signature", "t=" + now + ",v1=" + sign(secret, now + "." + body)), body);
            if (response.status() != 200) {
                throw new IllegalStateException("answered " + response.status());
            }
        }, latencies, errors);
    }

    /** A Connect event of a type Cove stores and acknowledges without calling Stripe back. */
    private static String event(long now) {
        String id = UUID.randomUUID().toString().replace("-", "");
        return """
                {"id":"evt_bench_%s","object":"event","api_version":"2026-05-27.dahlia","created":%d,\
                "account":"acct_bench","livemode":false,"pending_webhooks":1,"type":"payment_intent.created",\
                "data":{"object":{"id":"pi_bench_%s","object":"payment_intent","amount":12000,"currency":"usd",\
                "status":"requires_payment_method","metadata":{}}}}""".formatted(id, now, id);
    }

    private static String sign(String secret, String payload) throws Exception {
        Mac mac = MAC.get();
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sandboxSecret(String base) throws Exception {
        String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/sandbox/stripe/_admin/webhooks")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = SECRET.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("The sandbox has no webhook secret; pass one: " + json);
        }
        return m.group(1);
    }
}
