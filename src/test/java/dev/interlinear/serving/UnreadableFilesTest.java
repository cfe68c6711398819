package dev.interlinear.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 3 of issue 15: one unreadable article folder, or a read-only data directory with changed articles, made
 * {@code serve}, {@code index} and {@code ask} exit 1 with {@code java.nio.file.AccessDeniedException}, although a
 * valid index was on disk. Now {@code index} says what it could not take and exits 1, and {@code ask} and
 * {@code serve} answer from the last good index.
 *
 * <p>Permissions do not apply to root: when the tests run as root (a container, CI), the commands run as user
 * 65534 (nobody) through {@code setpriv}, with the application's class path linked where that user can read it.
 */
class UnreadableFilesTest {

    private static final Duration RUN = Duration.ofSeconds(120);
    private static final String CRANES = "How many cranes does the harbour of Lindholm have?";

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static boolean root;
    private Path articles;
    private Path data;
    private Path logs;
    private int port;
    private CliProcess.Launch launch;

    @BeforeAll
    static void whoRunsTheTests() {
        root = CliProcess.runningAsRoot();
        if (root) {
            assumeTrue(
                    CliProcess.canSwitchUser(),
                    "the tests run as root and /usr/bin/setpriv is missing: file"
                            + " permissions cannot be tested (root reads everything)");
        }
    }

    @BeforeEach
    void articlesAndData() throws IOException, InterruptedException {
        // Every folder on the way must be open to the other user: the temporary folders are private.
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        articles = tmp.resolve("articles");
        writeArticle(
                "harbour-log",
                "en.txt",
                "Harbour log\n\nThe harbour of Lindholm has 7 cranes. The ferry leaves" + " every morning at seven.\n");
        writeArticle(
                "harbour-log",
                "de.txt",
                "Hafenbuch\n\nDer Hafen von Lindholm hat 7 Kräne. Die Fähre fährt"
                        + " jeden Morgen um sieben Uhr ab.\n");
        writeArticle("lighthouse", "en.txt", "Lighthouse\n\nThe lighthouse of Lindholm is 42 metres tall.\n");
        CliProcess.openToAll(articles);
        data = Files.createDirectories(tmp.resolve("data"));
        CliProcess.openToAllForWriting(data);
        logs = tmp.resolve("logs");
        port = CliProcess.freePort();
        launch = CliProcess.with(tmp.resolve("interlinear.yaml"), articles.toString(), data.toString(), port)
                .jvm("-Xmx256m");
        if (root) {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            launch.asNobody(shared.resolve("classpath"));
        }
        CliProcess.Result built = launch.run(logs, RUN, "index");
        assertThat(built.status())
                .as("the first index, as %s: %s", root ? "nobody" : "the test's user", built)
                .isZero();
    }

    @Test
    void givenAnArticleFolderWithoutPermissions_whenIndexAskAndServeRun_thenIndexNamesItAndExits1AndTheOthersAnswer()
            throws Exception {
        // GIVEN an article folder nobody may read (chmod 000)
        Path unreadable = articles.resolve("harbour-log");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        try {
            // WHEN index runs
            CliProcess.Result index = launch.run(logs, RUN, "index");

            // THEN it names the folder and why, without a stack trace, and exits 1
            assertThat(index.status()).as("%s", index).isEqualTo(1);
            assertThat(index.err()
                            .lines()
                            .filter(l -> l.contains(unreadable.toString()) && l.contains("permission denied")))
                    .as("the line naming the folder in\n%s", index)
                    .hasSize(1);
            assertThat(index.err()).doesNotContain("AccessDeniedException");
            assertThat(DataDirs.traceLines(index.err())).isEmpty();

            // AND ask answers from the other article, and from the kept version of the unreadable one
            CliProcess.Result lighthouse = launch.run(logs, RUN, "ask", "How tall is the lighthouse of Lindholm?");
            assertThat(lighthouse.status()).as("%s", lighthouse).isZero();
            assertThat(lighthouse.out()).contains("42 metres");
            CliProcess.Result harbour = launch.run(logs, RUN, "ask", CRANES);
            assertThat(harbour.status()).as("%s", harbour).isZero();
            assertThat(harbour.out()).contains("has 7 cranes");

            // AND a server starts and is healthy
            try (CliProcess serve = launch.start(logs, "serve", "serve");
                    HttpClient http = HttpClient.newHttpClient()) {
                serve.awaitListening(port, RUN);
                HttpResponse<String> health = CliProcess.get(http, port, "/health");
                assertThat(health.statusCode()).as("/health: %s", health.body()).isEqualTo(200);
                assertThat(new ObjectMapper()
                                .readTree(health.body())
                                .path("status")
                                .asText())
                        .isEqualTo("ok");
                assertThat(CliProcess.get(http, port, "/api/ask?q=How+tall+is+the+lighthouse%3F&lang=en")
                                .body())
                        .contains("42 metres");
                serve.stop();
                assertThat(DataDirs.traceLines(serve.err())).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void givenAReadOnlyDataDirectoryAndChangedArticles_whenIndexAskAndServeRun_thenThePreviousIndexIsServedAsStale()
            throws Exception {
        // GIVEN the data directory made read-only (chmod -R a-w, as a read-only mount) and an article changed
        setTree(data, "r-xr-xr-x", "r--r--r--");
        writeArticle(
                "harbour-log",
                "en.txt",
                "Harbour log\n\nThe harbour of Lindholm has 9 cranes. The ferry leaves" + " every morning at seven.\n");
        CliProcess.openToAll(articles);
        try {
            // WHEN index runs
            CliProcess.Result index = launch.run(logs, RUN, "index");

            // THEN it says in one line that the index could not be rebuilt and why, and exits 1
            assertThat(index.status()).as("%s", index).isEqualTo(1);
            List<String> warnings =
                    index.err().lines().filter(l -> l.startsWith("warning:")).toList();
            assertThat(warnings).as("warnings in\n%s", index).hasSize(1);
            assertThat(warnings.getFirst())
                    .contains("could not be rebuilt")
                    .contains("permission denied")
                    .contains("previous index");
            assertThat(index.out()).contains("NOT rebuilt");
            assertThat(DataDirs.traceLines(index.err())).isEmpty();

            // AND ask answers from the previous index, with a warning
            CliProcess.Result ask = launch.run(logs, RUN, "ask", CRANES);
            assertThat(ask.status()).as("%s", ask).isZero();
            assertThat(ask.out()).contains("has 7 cranes");
            assertThat(ask.err().lines().filter(l -> l.startsWith("warning:") && l.contains("previous index")))
                    .as("the warning of ask in\n%s", ask)
                    .hasSize(1);

            // AND a server runs, answers from the previous index, and says in its log that it is stale
            try (CliProcess serve = launch.start(logs, "serve", "serve");
                    HttpClient http = HttpClient.newHttpClient()) {
                serve.awaitListening(port, RUN);
                HttpResponse<String> health = CliProcess.get(http, port, "/health");
                assertThat(health.statusCode()).as("/health: %s", health.body()).isEqualTo(200);
                JsonNode report = new ObjectMapper().readTree(health.body());
                assertThat(report.path("status").asText())
                        .as("/health: %s", health.body())
                        .isEqualTo("stale");
                assertThat(report.path("parts").path("index").path("state").asText())
                        .isEqualTo("stale");
                assertThat(report.path("parts").path("index").path("detail").asText())
                        .contains("permission denied");
                assertThat(CliProcess.get(
                                        http,
                                        port,
                                        "/api/ask?q=How+many+cranes+does+the+harbour+of+Lindholm+have%3F" + "&lang=en")
                                .body())
                        .contains("has 7 cranes");
                serve.stop();
                assertThat(serve.err()).contains("still serving the previous index");
                assertThat(DataDirs.traceLines(serve.err())).isEmpty();
            }
        } finally {
            setTree(data, "rwxrwxrwx", "rw-rw-rw-");
        }
    }

    private void writeArticle(String id, String file, String text) throws IOException {
        Path folder = Files.createDirectories(articles.resolve(id));
        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static void setTree(Path root, String folders, String files) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // Files first, folders last (a folder without w still lets its files' modes change, but be plain).
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? folders : files));
            }
        }
    }
}
