package dev.interlinear.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.web.LoadTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 8 of issue 15: two {@code serve} processes on one data directory (the README's shard layout) raced on
 * live updates ("Lock held by another program", "no segments* file") and one kept serving the old version. Now
 * exactly one of them builds each change and the other opens what it built.
 */
class TwoServersOneDataDirTest {

    private static final int CHANGES = 20;
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String CRANES_QUERY =
            "/api/ask?q=How+many+cranes+does+the+harbour+of+Lindholm+have%3F&lang=en";
    private static final Pattern CRANES = Pattern.compile("The harbour of Lindholm has (\\d+) cranes\\.");
    private static final List<String> LOAD_QUESTIONS = List.of(
            "How many cranes does the harbour of Lindholm have?",
            "When does the ferry leave?",
            "Wie viele US-Dollar wollte Sam für Chips?",
            "Was sagte Jensen Huang über die Halbleiterversorgungskette?",
            "Wann kommen die Fischerboote zurück?");

    @TempDir
    Path tmp;

    @Test
    void
            givenTwoServersOnOneDataDirectoryUnderLoad_whenTheArticleChangesTwentyTimes_thenBothServeEachVersionWithinTenSecondsAndEachIsBuiltOnce()
                    throws Exception {
        // GIVEN a small corpus and two servers with the same corpus and data directory, on two ports, started
        // together on an empty data directory (one builds, the other waits for it)
        Path articles = tmp.resolve("articles");
        DataDirs.copyFolder(Path.of("config/articles/openai-compute"), articles.resolve("openai-compute"));
        writeHarbour(articles, 0);
        Path data = tmp.resolve("data");
        int[] ports = {CliProcess.freePort(), CliProcess.freePort()};
        List<CliProcess> servers = new ArrayList<>();
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            for (int i = 0; i < 2; i++) {
                CliProcess.Launch launch = CliProcess.with(
                                tmp.resolve("server-" + i + ".yaml"), articles.toString(), data.toString(), ports[i])
                        .jvm("-Xmx256m");
                servers.add(launch.start(tmp.resolve("logs"), "serve-" + i, "serve"));
            }
            try {
                for (int i = 0; i < 2; i++) {
                    servers.get(i).awaitListening(ports[i], Duration.ofSeconds(60));
                    assertThat(versionServed(http, ports[i]))
                            .as("server %d at start", i)
                            .isEqualTo(0);
                }

                // AND a load test of two clients against each server for as long as the changes go on
                AtomicBoolean loading = new AtomicBoolean(true);
                ConcurrentLinkedQueue<LoadTest.Result> rounds = new ConcurrentLinkedQueue<>();
                List<Thread> loaders = new ArrayList<>();
                for (int port : ports) {
                    LoadTest load = new LoadTest(
                            URI.create("http://127.0.0.1:" + port), LOAD_QUESTIONS, Duration.ofSeconds(10));
                    Thread loader = new Thread(
                            () -> {
                                try {
                                    while (loading.get()) {
                                        rounds.add(load.run(2, Duration.ZERO, Duration.ofSeconds(2)));
                                    }
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            "loadtest-" + port);
                    loader.start();
                    loaders.add(loader);
                }

                // WHEN the article changes 20 times, each time once both servers serve the previous version
                List<Long> delays = new ArrayList<>();
                try {
                    for (int version = 1; version <= CHANGES; version++) {
                        long written = System.nanoTime();
                        writeHarbour(articles, version);
                        delays.add(millisUntilBothServe(http, ports, version, written, servers));
                    }
                } finally {
                    loading.set(false);
                    for (Thread loader : loaders) {
                        loader.join(30_000);
                    }
                }

                // THEN each version was served by both within 10 s
                List<Long> sorted = delays.stream().sorted().toList();
                long answers =
                        rounds.stream().mapToLong(LoadTest.Result::answers).sum();
                long errors = rounds.stream().mapToLong(LoadTest.Result::errors).sum();
                System.out.printf(
                        Locale.ROOT,
                        "two servers, one data directory: %d changes under load (%d answers,"
                                + " %d errors); both on the new version after median %d ms, max %d ms; per change: %s%n",
                        CHANGES,
                        answers,
                        errors,
                        sorted.get(sorted.size() / 2),
                        sorted.getLast(),
                        delays);
                assertThat(delays)
                        .as("ms from each change until both servers answer from it")
                        .allMatch(ms -> ms <= LIMIT.toMillis());

                // AND the load test saw no error at all
                assertThat(answers).isPositive();
                assertThat(rounds.stream()
                                .flatMap(r -> r.errorSamples().stream())
                                .toList())
                        .isEmpty();
                assertThat(errors).isZero();
            } finally {
                for (CliProcess server : servers) {
                    server.stop();
                }
            }
        }

        // AND each change was built once, by one of them, and opened by the other; no lock or segment failure
        List<String> logs = servers.stream().map(CliProcess::err).toList();
        long built = logs.stream()
                .flatMap(String::lines)
                .filter(l -> l.contains("[harbour-log] indexed again"))
                .count();
        long opened = logs.stream()
                .flatMap(String::lines)
                .filter(l -> l.contains("opened the index another process built"))
                .count();
        String both = "server 0:\n" + CliProcess.tail(logs.get(0)) + "\nserver 1:\n" + CliProcess.tail(logs.get(1));
        assertThat(built)
                .as("builds of the changed article in both logs\n%s", both)
                .isEqualTo(CHANGES);
        assertThat(opened)
                .as("generations opened that the other process built\n%s", both)
                .isEqualTo(CHANGES);
        for (String log : logs) {
            assertThat(log)
                    .doesNotContain("Lock held by another program")
                    .doesNotContain("no segments")
                    .doesNotContain("could not")
                    .doesNotContain("Exception")
                    .doesNotContain(" ERROR ");
        }
    }

    /** Polls both servers until both answer from {@code version}; the time from the write, in ms. */
    private static long millisUntilBothServe(
            HttpClient http, int[] ports, int version, long writtenNanos, List<CliProcess> servers)
            throws IOException, InterruptedException {
        long deadline = writtenNanos + LIMIT.toNanos() * 2;
        boolean[] done = new boolean[ports.length];
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (int i = 0; i < ports.length; i++) {
                if (!done[i]) {
                    done[i] = versionServed(http, ports[i]) == version;
                    all &= done[i];
                }
            }
            if (all) {
                return Duration.ofNanos(System.nanoTime() - writtenNanos).toMillis();
            }
            for (CliProcess server : servers) {
                assertThat(server.isAlive())
                        .as("%s is running\n%s", server.name(), CliProcess.tail(server.err()))
                        .isTrue();
            }
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - writtenNanos).toMillis();
    }

    /** The number of cranes in the server's answer; -1 without one. */
    private static int versionServed(HttpClient http, int port) throws IOException, InterruptedException {
        HttpResponse<String> response = CliProcess.get(http, port, CRANES_QUERY);
        assertThat(response.statusCode())
                .as("answer of port %d: %s", port, response.body())
                .isEqualTo(200);
        Matcher m = CRANES.matcher(response.body());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Both translations of the article, each replaced at once (no half-written file is ever seen). */
    private static void writeHarbour(Path articles, int cranes) throws IOException {
        Path folder = Files.createDirectories(articles.resolve("harbour-log"));
        replace(folder.resolve("en.txt"), """
                Harbour log

                The harbour of Lindholm has %d cranes. The ferry leaves every morning at seven.

                Fishing boats come back in the afternoon.
                """.formatted(cranes));
        replace(folder.resolve("de.txt"), """
                Hafenbuch

                Der Hafen von Lindholm hat %d Kräne. Die Fähre fährt jeden Morgen um sieben Uhr ab.

                Die Fischerboote kommen am Nachmittag zurück.
                """.formatted(cranes));
    }

    private static void replace(Path file, String text) throws IOException {
        // Written beside the articles folder, not in it: the watcher would see a file it does not know.
        Path staging = Files.createDirectories(file.getParent().getParent().resolveSibling("staging"));
        Path part = staging.resolve(file.getFileName() + ".part");
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
