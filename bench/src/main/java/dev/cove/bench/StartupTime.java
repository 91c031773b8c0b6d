package dev.cove.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the Cove jar several times and measures the time from process start until the sign-in
 * page answers 200: the first start (which also creates the demo company) and warm restarts on
 * the same H2 file database.
 *
 * <p>Arguments: {@code pathToAppJar [restarts=5] [port=18080]}.
 */
public final class StartupTime {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/cove-app-0.1.0-SNAPSHOT.jar");
        int restarts = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 18080;
        Path dir = Files.createTempDirectory("cove-startup");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

        double first = startOnce(jar, dir, port, http);
        System.out.printf("first start (creates demo data): %.2f s%n", first);
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < restarts; i++) {
            warm.add(startOnce(jar, dir, port, http));
        }
        warm.sort(Double::compare);
        System.out.printf("restarts: %s%n", warm.stream().map(d -> String.format("%.2f s", d)).toList());
        System.out.printf("start-up to ready (median of %d restarts): %.2f s; target < 6 s: %s%n", restarts,
                warm.get(warm.size() / 2), warm.get(warm.size() / 2) < 6 ? "MET" : "NOT MET");
    }

    private static double startOnce(Path jar, Path dir, int port, HttpClient http) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--cove.mail.embedded-port=0")
                .directory(dir.toFile())
                .redirectOutput(new File(dir.toFile(), "cove.log"))
                .redirectErrorStream(true)
                .start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Cove exited; see " + dir.resolve("cove.log"));
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .timeout(Duration.ofMillis(500)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
