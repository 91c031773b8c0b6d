package dev.cove.bench;

import java.lang.management.MemoryMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first QuickBooks sync of a company holding {@code customers} customers, {@code items} items and
 * {@code invoices} sent invoices (3 to 5 lines each) into an empty sandbox company, through Cove's own
 * connect flow, timed from the run's start to its end as Cove records them.
 *
 * <p>The records are written straight into Cove's PostgreSQL database (for the company of the API key),
 * because creating them over the API would take longer than the sync. The sandbox's clock runs
 * {@code scale} times faster; start Cove with the same {@code --cove.sync.time-scale}.
 *
 * <p>The floor is what QuickBooks' limits allow at best: 40 batch requests of 30 records a minute plus
 * the rest of the 500 requests a minute one record each, i.e. 1,660 records a minute. The naive
 * baseline, one record per request one at a time, can at best do 500 a minute.
 *
 * <p>Arguments: {@code baseUrl apiKey jdbcUrl jdbcUser jdbcPassword [customers=2000] [items=200]
 * [invoices=10000] [scale=10] [appPid] [sandboxUrl]}; with {@code appPid} the app's heap and CPU time are
 * read over JMX. {@code sandboxUrl} is where the QuickBooks sandbox answers when it runs in a process of
 * its own (another Cove, with this Cove's QuickBooks endpoints pointed at it), so the app's heap holds
 * no sandbox records; by default it is Cove's built-in sandbox at {@code baseUrl}.
 */
public final class QuickBooksInitialSync {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final int REQUESTS_PER_MINUTE = 500;
    private static final int BATCHES_PER_MINUTE = 40;
    private static final int BATCH_SIZE = 30;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String apiKey = args[1];
        int customers = args.length > 5 ? Integer.parseInt(args[5]) : 2000;
        int items = args.length > 6 ? Integer.parseInt(args[6]) : 200;
        int invoices = args.length > 7 ? Integer.parseInt(args[7]) : 10000;
        double scale = args.length > 8 ? Double.parseDouble(args[8]) : 10;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String sandbox = args.length > 10 ? args[10] : base;
        QuickBooksInitialSync bench = new QuickBooksInitialSync(http, base, sandbox, apiKey);
        HeapSampler heap = args.length > 9 ? HeapSampler.attach(args[9]) : null;

        try (Connection db = DriverManager.getConnection(args[2], args[3], args[4])) {
            UUID company = companyOf(db, apiKey);
            long seeding = System.nanoTime();
            new BenchRecords(db, company, UUID.randomUUID().toString().substring(0, 6)).seed(customers, items, invoices);
            System.out.printf("Seeded %,d customers, %,d items, %,d invoices in %.1f s%n", customers, items, invoices,
                    (System.nanoTime() - seeding) / 1e9);
            try (Statement vacuum = db.createStatement()) {
                // As autovacuum does soon after a bulk load, long before a company with this history connects
                // QuickBooks (not in the middle of the measured run); cached plans follow the new statistics.
                vacuum.execute("VACUUM (ANALYZE)");
            }

            bench.post(bench.sandbox, "/sandbox/quickbooks/_admin/time-scale", "{\"scale\": " + scale + "}");
            String realm = bench.post(bench.sandbox, "/sandbox/quickbooks/_admin/companies",
                    "{\"name\": \"Initial sync bench " + UUID.randomUUID() + "\", \"country\": \"US\"}").path("realmId")
                    .asString();
            bench.connect(realm);
            long cpuBefore = heap == null ? 0 : heap.cpuMillis();
            String run = bench.awaitRunId();
            JsonNode finished = bench.awaitEnd(run, heap);
            bench.report(db, company, realm, finished, scale, heap);
            if (heap != null) {
                System.out.printf("  app CPU: %.2f ms per record (connect to end of run, both cores)%n",
                        (heap.cpuMillis() - cpuBefore) / (double) finished.path("total").asInt());
            }
        } finally {
            if (heap != null) {
                heap.close();
            }
        }
        System.exit(0);
    }

    private final HttpClient http;
    private final String base;
    private final String sandbox;
    private final String apiKey;
    /** Each look at the run: when, how many records had settled, and the app's CPU time by then. */
    private record Look(long nanos, long settled, long cpuMillis) {
    }

    private final List<Look> progress = new ArrayList<>();

    private QuickBooksInitialSync(HttpClient http, String base, String sandbox, String apiKey) {
        this.http = http;
        this.base = base;
        this.sandbox = sandbox;
        this.apiKey = apiKey;
    }

    private void report(Connection db, UUID company, String realm, JsonNode run, double scale, HeapSampler heap)
            throws Exception {
        Duration wall = Duration.between(Instant.parse(run.path("startedAt").asString()),
                Instant.parse(run.path("finishedAt").asString()));
        int records = run.path("total").asInt();
        double perMinute = BATCHES_PER_MINUTE * BATCH_SIZE + (REQUESTS_PER_MINUTE - BATCHES_PER_MINUTE);
        double floorSeconds = records / perMinute * 60 / scale;
        double naiveSeconds = records / (double) REQUESTS_PER_MINUTE * 60 / scale;
        double seconds = wall.toMillis() / 1000.0;
        JsonNode stats = get(sandbox, "/sandbox/quickbooks/_admin/stats").path("companies").path(realm);

        System.out.println("QuickBooks initial sync (time scale " + scale + ")");
        System.out.printf("  run %s: %s, %,d records, %d failed%n", run.path("id").asString(), run.path("state").asString(),
                records, run.path("failed").asInt());
        System.out.printf("  wall time: %.1f s (%.1f min in QuickBooks time), %.0f records/s%n", seconds,
                seconds * scale / 60, records / seconds);
        Look end = progress.get(progress.size() - 1);
        Look warm = progress.stream().filter(look -> look.settled() >= records / 4).findFirst().orElse(end);
        if (end.settled() > warm.settled()) {
            long settled = end.settled() - warm.settled();
            double warmSeconds = (end.nanos() - warm.nanos()) / 1e9;
            System.out.printf("  warm (after the first quarter of the records): %.0f records/s over %.1f s%s%n",
                    settled / warmSeconds, warmSeconds, heap == null ? "" : String.format(
                            ", app CPU %.2f ms per record", (end.cpuMillis() - warm.cpuMillis()) / (double) settled));
        }
        System.out.printf("  floor at QuickBooks' limits (%.0f records/min): %.1f s; ratio %.3f (target <= 1.15)%n",
                perMinute, floorSeconds, seconds / floorSeconds);
        System.out.printf("  naive baseline at best (1 record per request, 500/min): %.1f s; ratio %.3f%n",
                naiveSeconds, seconds / naiveSeconds);
        System.out.printf("  QuickBooks requests: %d, of them batches: %d; 429s: %d; injected faults: %d%n",
                stats.path("requests").asLong(), stats.path("batches").asLong(), stats.path("throttled").asLong(),
                stats.path("faults").asLong());
        for (String type : new String[] { "Customer", "Item", "Invoice" }) {
            int remote = get(sandbox, "/sandbox/quickbooks/_admin/companies/" + realm + "/entities/" + type).size();
            long[] linked = linked(db, company, type);
            System.out.printf("  %-8s in QuickBooks: %,d; linked in Cove: %,d (%,d distinct ids); duplicates: %d%n", type,
                    remote, linked[0], linked[1], remote - linked[1]);
        }
        if (heap != null) {
            System.out.printf("  app heap: max used %.0f MB (limit %.0f MB)%n", heap.maxUsed() / 1e6, heap.limit() / 1e6);
        }
    }

    /** How many of the company's records of {@code type} have a QuickBooks id, and how many distinct ids. */
    private static long[] linked(Connection db, UUID company, String type) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(remote_id), COUNT(DISTINCT remote_id) FROM sync_links "
                + "WHERE company_id = ? AND provider = 'QUICKBOOKS' AND entity_type = ?")) {
            query.setObject(1, company);
            query.setString(2, type);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getLong(2) };
            }
        }
    }

    private static UUID companyOf(Connection db, String apiKey) throws Exception {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement query = db.prepareStatement("SELECT company_id FROM api_keys WHERE key_hash = ?")) {
            query.setString(1, digest);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No company has that API key in this database");
                }
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Connects QuickBooks as a person would: Cove's connect, the sandbox's consent form, back to Cove. */
    private void connect(String realm) throws Exception {
        String authorize = post("/api/v1/integrations/quickbooks/connect", null).path("authorizeUrl").asString();
        String page = http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            form.put(hidden.group(1), hidden.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
        }
        form.put("company", realm);
        form.put("decision", "allow");
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> decided = http.send(HttpRequest.newBuilder(URI.create(authorize.substring(0, authorize.indexOf('?'))))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(decided.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Consent was not accepted: " + decided.body())))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (back.statusCode() != 200) {
            throw new IllegalStateException("Cove refused the callback: " + back.statusCode() + " " + back.body());
        }
    }

    private String awaitRunId() throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode preview = get("/api/v1/integrations/quickbooks/preview");
            if (preview.hasNonNull("syncRunId")) {
                return preview.path("syncRunId").asString();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The initial sync did not start");
    }

    /**
     * Waits for the run to end, noting its progress: once a quarter of its records have settled the JIT
     * compilers have done most of their work, and the rest of the run shows the engine warm.
     */
    private JsonNode awaitEnd(String run, HeapSampler heap) throws Exception {
        long lastPrint = 0;
        while (true) {
            JsonNode state = get("/api/v1/sync-runs/" + run);
            if (heap != null) {
                heap.sample();
            }
            progress.add(new Look(System.nanoTime(), state.path("done").asInt() + state.path("failed").asInt(),
                    heap == null ? 0 : heap.cpuMillis()));
            if (!"RUNNING".equals(state.path("state").asString())) {
                return state;
            }
            if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("  ... %d/%s settled%n", state.path("done").asInt() + state.path("failed").asInt(),
                        state.path("total").isNull() ? "?" : state.path("total").asString());
            }
            Thread.sleep(500);
        }
    }

    private JsonNode get(String path) throws Exception {
        return get(base, path);
    }

    private JsonNode get(String host, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(host + path)).GET());
    }

    private JsonNode post(String path, String json) throws Exception {
        return post(base, path, json);
    }

    private JsonNode post(String host, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(host + path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + apiKey).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The app's heap, read over JMX from its process id. */
    static final class HeapSampler implements AutoCloseable {

        private final JMXConnector connector;
        private final MemoryMXBean memory;
        private final AtomicLong maxUsed = new AtomicLong();

        private HeapSampler(JMXConnector connector, MemoryMXBean memory) {
            this.connector = connector;
            this.memory = memory;
        }

        static HeapSampler attach(String pid) throws Exception {
            VirtualMachine vm = VirtualMachine.attach(pid);
            String address = vm.startLocalManagementAgent();
            vm.detach();
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            return new HeapSampler(connector, ManagementFactory.newPlatformMXBeanProxy(
                    connector.getMBeanServerConnection(), ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class));
        }

        void sample() {
            maxUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        long maxUsed() {
            return maxUsed.get();
        }

        long limit() {
            return memory.getHeapMemoryUsage().getMax();
        }

        /** The app process's CPU time so far. */
        long cpuMillis() throws Exception {
            return ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, com.sun.management.OperatingSystemMXBean.class)
                    .getProcessCpuTime() / 1_000_000;
        }

        @Override
        public void close() throws Exception {
            connector.close();
        }
    }
}
