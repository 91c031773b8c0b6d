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
import java.util.stream.Stream;

/**
 * Starts the Cove jar several times and measures the time from process start until the sign-in
 * page answers 200: the first start (which also creates the demo company), restarts of the plain
 * jar, and restarts of the extracted jar with a class-data-sharing archive (Spring Boot's
 * recommended production launch: {@code java -Djarmode=tools -jar cove.jar extract} once, one
 * training run, then {@code -XX:SharedArchiveFile}). Given the {@code java} of a JDK 25 or later, it
 * also measures that JDK's ahead-of-time cache (JEP 483/514: classes loaded and linked, and method
 * profiles, from one training run: {@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}). Cove is
 * compiled for Java 17 and runs unchanged on 25.
 *
 * <p>Arguments: {@code pathToAppJar [restarts=5] [port=18080] [java25]}.
 */
public final class StartupTime {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "app/target/cove-app-0.1.0-SNAPSHOT.jar").toAbsolutePath();
        int restarts = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 18080;
        String java25 = args.length > 3 ? args[3] : null;
        Path dir = Files.createTempDirectory("cove-startup");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

        System.out.printf("first start (creates demo data): %.2f s%n",
                startOnce("java", List.of("-jar", jar.toString()), dir, port, http));
        double plain = median("plain jar", "java", List.of("-jar", jar.toString()), restarts, dir, port, http);

        Path extracted = dir.resolve("extracted");
        run(dir, "java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString());
        Path appJar;
        try (Stream<Path> files = Files.list(extracted)) {
            appJar = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Path archive = dir.resolve("cove.jsa");
        train(dir, "java", "-XX:ArchiveClassesAtExit=" + archive, appJar, port);
        double cds = median("extracted jar + CDS archive", "java",
                List.of("-XX:SharedArchiveFile=" + archive, "-jar", appJar.toString()), restarts, dir, port, http);
        double best = Math.min(plain, cds);
        System.out.printf("start-up to ready on Java 17, plain jar: %.2f s; with CDS: %.2f s%n", plain, cds);

        if (java25 != null) {
            Path cache = dir.resolve("cove.aot");
            train(dir, java25, "-XX:AOTCacheOutput=" + cache, appJar, port);
            double aot = median("extracted jar + JDK 25 AOT cache", java25,
                    List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-jar", appJar.toString()), restarts, dir, port, http);
            System.out.printf("start-up to ready on JDK 25 with its AOT cache: %.2f s%n", aot);
            best = Math.min(best, aot);
        }
        System.out.printf("fastest launch: %.2f s; target < 6 s: %s%n", best, best < 6 ? "MET" : "NOT MET");
    }

    /** One training run that starts the context and exits once it is refreshed, writing the archive. */
    private static void train(Path dir, String java, String archiveOption, Path appJar, int port) throws Exception {
        run(dir, java, archiveOption, "-Dspring.context.exit=onRefresh", "-jar", appJar.toString(),
                "--server.port=" + port, "--cove.mail.embedded-port=0");
    }

    private static double median(String label, String java, List<String> launch, int restarts, Path dir, int port,
            HttpClient http) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < restarts; i++) {
            times.add(startOnce(java, launch, dir, port, http));
        }
        times.sort(Double::compare);
        double median = times.get(times.size() / 2);
        System.out.printf("%s: %s -> median %.2f s%n", label,
                times.stream().map(d -> String.format("%.2f", d)).toList(), median);
        return median;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(new File(dir.toFile(), "prepare.log")).redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + dir.resolve("prepare.log"));
        }
    }

    private static double startOnce(String java, List<String> launch, Path dir, int port, HttpClient http)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--cove.mail.embedded-port=0"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
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
                Thread.sleep(25);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
