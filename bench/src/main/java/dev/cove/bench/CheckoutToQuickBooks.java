package dev.cove.bench;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * End to end from a card payment to the books, against a running Cove with its built-in sandboxes: for each
 * of N invoices, created and sent over the API and already booked in QuickBooks (as an invoice paid days
 * later would be), the customer opens Pay now and pays on the Stripe sandbox's hosted page with 4242. The clock
 * starts when the sandbox answers that page (the checkout is complete and its events are on their way) and
 * stops when both Cove shows the invoice PAID and the QuickBooks sandbox holds a Payment linked to it.
 * Iterations run one after the other; the first {@code warmup} are not counted.
 *
 * <p>The demo company gets Stripe and QuickBooks connected first if it has not, through the same hosted
 * onboarding and consent forms a person would submit.
 *
 * <p>Arguments: {@code baseUrl [apiKey=$COVE_DEMO_API_KEY] [iterations=50] [warmup=5]}.
 */
public final class CheckoutToQuickBooks {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final long POLL_MILLIS = 10;
    private static final long PATIENCE_MILLIS = 60_000;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String key = args.length > 1 ? args[1] : System.getenv().getOrDefault("COVE_DEMO_API_KEY", "demo-key");
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        CoveHttp cove = new CoveHttp(base, key);

        connectStripe(cove);
        String realm = connectQuickBooks(cove);
        String customer = cove.api("POST", "/api/v1/customers", """
                {"displayName": "Bench Payer %s", "email": "bench.payer@example.com"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))).path("id").asString();

        Latencies endToEnd = new Latencies();
        Latencies paidInCove = new Latencies();
        Latencies inBooks = new Latencies();
        System.out.printf("Paying %d invoices by card (%d more to warm up)...%n", iterations, warmup);
        for (int i = 0; i < warmup + iterations; i++) {
            long[] result = once(cove, realm, customer);
            if (i >= warmup) {
                paidInCove.add(result[0]);
                inBooks.add(result[1]);
                endToEnd.add(Math.max(result[0], result[1]));
            }
        }
        System.out.println("Checkout completed in the Stripe sandbox -> invoice PAID in Cove and Payment in QuickBooks");
        System.out.println("  both:           " + endToEnd.summary());
        System.out.println("  paid in Cove:   " + paidInCove.summary());
        System.out.println("  in QuickBooks:  " + inBooks.summary());
        System.out.printf("  target p99 < 2 s: %s%n", endToEnd.percentileMillis(99) < 2000 ? "MET" : "NOT MET");
        System.exit(0);
    }

    /** One payment; answers the microseconds until Cove showed it paid and until QuickBooks held the payment. */
    private static long[] once(CoveHttp cove, String realm, String customer) throws InterruptedException {
        JsonNode invoice = cove.api("POST", "/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Weekly pool service", "quantity": 1, "unitPrice": 95.00}]}"""
                .formatted(customer));
        String id = invoice.path("id").asString();
        cove.api("POST", "/api/v1/invoices/" + id + "/send", null);
        String number = invoice.path("number").asString();
        String booked = await("invoice " + number + " in QuickBooks", () -> quickBooks(cove, realm, "Invoice").valueStream()
                .filter(i -> number.equals(i.path("DocNumber").asString())).map(i -> i.path("Id").asString())
                .findFirst().orElse(null));

        String payNow = cove.api("GET", "/api/v1/integrations/stripe/invoices/" + id + "/pay-now-link", null).path("url").asString();
        HttpResponse<String> pressed = cove.form(payNow, Map.of());
        HttpResponse<String> paid = cove.form(CoveHttp.location(pressed), Map.of("card_number", "4242 4242 4242 4242",
                "card_expiry", "12 / 34", "card_cvc", "123"));
        long completed = System.nanoTime();
        if (paid.statusCode() != 303) {
            throw new IllegalStateException("the hosted checkout answered " + paid.statusCode() + ": " + paid.body());
        }
        long paidAt = 0;
        long bookedAt = 0;
        while (paidAt == 0 || bookedAt == 0) {
            if (System.nanoTime() - completed > PATIENCE_MILLIS * 1_000_000) {
                throw new IllegalStateException("invoice " + number + " not paid and booked within " + PATIENCE_MILLIS + " ms");
            }
            if (paidAt == 0 && "PAID".equals(cove.api("GET", "/api/v1/invoices/" + id, null).path("status").asString())) {
                paidAt = System.nanoTime();
            }
            if (bookedAt == 0 && quickBooks(cove, realm, "Payment").valueStream().anyMatch(p ->
                    booked.equals(p.at("/Line/0/LinkedTxn/0/TxnId").asString()))) {
                bookedAt = System.nanoTime();
            }
            Thread.sleep(POLL_MILLIS);
        }
        return new long[] {(paidAt - completed) / 1000, (bookedAt - completed) / 1000};
    }

    private static JsonNode quickBooks(CoveHttp cove, String realm, String type) {
        return cove.admin("/sandbox/quickbooks/_admin/companies/" + realm + "/entities/" + type, null);
    }

    private static void connectStripe(CoveHttp cove) throws InterruptedException {
        if ("ACTIVE".equals(cove.api("GET", "/api/v1/integrations/stripe", null).path("status").asString())) {
            return;
        }
        String link = cove.api("POST", "/api/v1/integrations/stripe/connect", "{\"mode\":\"test\"}")
                .path("authorizeUrl").asString();
        cove.form(link, Map.of("business_name", "Bench Pools", "routing_number", "110000000",
                "account_number", "000123456789"));
        await("Stripe active", () -> "ACTIVE".equals(cove.api("GET", "/api/v1/integrations/stripe", null)
                .path("status").asString()) ? "yes" : null);
    }

    /** Connects QuickBooks to a new sandbox company unless it is connected; answers the realm id. */
    private static String connectQuickBooks(CoveHttp cove) {
        JsonNode current = cove.api("GET", "/api/v1/integrations/quickbooks", null);
        if ("ACTIVE".equals(current.path("status").asString())) {
            return current.path("accountId").asString();
        }
        String realm = cove.admin("/sandbox/quickbooks/_admin/companies", "{\"name\":\"Bench Books "
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"country\":\"US\"}").path("realmId").asString();
        String authorize = cove.api("POST", "/api/v1/integrations/quickbooks/connect", null).path("authorizeUrl").asString();
        Map<String, String> consent = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(cove.get(authorize).body());
        while (hidden.find()) {
            consent.put(hidden.group(1), unescape(hidden.group(2)));
        }
        consent.put("company", realm);
        consent.put("decision", "allow");
        HttpResponse<String> decided = cove.form(authorize.substring(0, authorize.indexOf('?')), consent);
        HttpResponse<String> back = cove.get(CoveHttp.location(decided));
        if (back.statusCode() >= 400) {
            throw new IllegalStateException("QuickBooks consent came back " + back.statusCode() + ": " + back.body());
        }
        return realm;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String await(String what, Supplier<String> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            String found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("waited " + PATIENCE_MILLIS + " ms for " + what);
    }
}
