package dev.interlinear.serving;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Articles change under a running server: answers keep coming, from one version or the next, never broken. */
class LiveArticlesTest {

    private static final String QUESTION = "How many cranes does the harbour of Lindholm have?";
    private static final Pattern CRANES = Pattern.compile("The harbour of Lindholm has (\\d+) cranes\\.");
    private static final Duration INTERVAL = Duration.ofMillis(100);

    @TempDir
    Path tmp;

    private Path articles;
    private App app;
    private ServedEdition served;
    private LiveArticles live;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() throws IOException {
        articles = tmp.resolve("articles");
        Path sample = Files.createDirectories(articles.resolve("openai-compute"));
        try (Stream<Path> files = Files.list(SampleCorpus.ARTICLES.resolve("openai-compute"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sample.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        writeHarbour(0);
        app = new App(SampleCorpus.settings(articles, tmp.resolve("data")));
        IndexGenerations.Opened opened = app.openIndex(articles, line -> {});
        served = app.served(opened.index());
        log.start();
        ((Logger) LoggerFactory.getLogger(LiveArticles.class)).addAppender(log);
        live = LiveArticles.start(
                app.generations(),
                articles,
                served,
                INTERVAL,
                LiveArticles.DEFAULT_RETRY,
                true,
                opened.problems(),
                Optional.empty());
    }

    @AfterEach
    void stop() throws IOException {
        ((Logger) LoggerFactory.getLogger(LiveArticles.class)).detachAppender(log);
        live.close();
        served.close();
    }

    @Test
    void
            givenQueriesOnThreeThreads_whenTheArticlesChangeTwentyTimes_thenNoQueryFailsAndEachNewVersionIsServedWithinFiveSeconds()
                    throws Exception {
        // GIVEN three threads asking the same question in a loop, each remembering the versions it saw
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<List<Integer>> seen = new ArrayList<>();
        List<Thread> askers = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(3);
        for (int t = 0; t < 3; t++) {
            List<Integer> versions = new ArrayList<>();
            seen.add(versions);
            Thread asker = new Thread(
                    () -> {
                        started.countDown();
                        while (running.get()) {
                            try {
                                OptionalInt v =
                                        versionIn(served.use(e -> e.answers().ask(AskRequest.of(QUESTION))));
                                if (v.isEmpty()) {
                                    failures.add("no answer from the harbour article");
                                } else {
                                    versions.add(v.getAsInt());
                                }
                            } catch (RuntimeException e) {
                                failures.add(e.toString());
                            }
                            pause(1); // a busy server, not a spin loop that starves the indexer of the 2 cores
                        }
                    },
                    "asker-" + t);
            askers.add(asker);
            asker.start();
        }
        started.await();

        // WHEN the article changes 20 times (both translations), once with a broken file in between
        List<Long> millisToServe = new ArrayList<>();
        for (int version = 1; version <= 20; version++) {
            long written = System.nanoTime();
            writeHarbour(version);
            millisToServe.add(waitUntilServed(version, written));
            if (version == 10) {
                // A broken save of a translation: the previous version stays, the file is named once.
                Files.write(articles.resolve("harbour-log/en.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
                Thread.sleep(INTERVAL.toMillis() * 6);
                assertThat(versionIn(served.use(e -> e.answers().ask(AskRequest.of(QUESTION)))))
                        .hasValue(10);
            }
        }
        running.set(false);
        for (Thread asker : askers) {
            asker.join(10_000);
        }

        // THEN no query failed, every answer came from a version that had been written, never an older one
        // after a newer one, and each version was served within 5 s
        assertThat(failures).isEmpty();
        for (List<Integer> versions : seen) {
            assertThat(versions).isNotEmpty().isSorted().allMatch(v -> v >= 0 && v <= 20);
        }
        assertThat(millisToServe).allMatch(ms -> ms <= 5_000);
        System.out.printf(
                "live update: %d answers during 20 updates; new version served after median %d ms, max %d ms%n",
                seen.stream().mapToInt(List::size).sum(),
                millisToServe.stream().sorted().toList().get(10),
                millisToServe.stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(log.list.stream()
                        .map(ILoggingEvent::getFormattedMessage)
                        .filter(m -> m.contains("en.txt")
                                && m.endsWith("the previous version of article harbour-log is still served")))
                .hasSize(1);
    }

    @Test
    void givenARemovedTranslationAndANewArticle_whenUpdated_thenOnlyTheyAreIndexedAgain() throws IOException {
        // GIVEN the watcher's own timing out of the way
        live.close();

        // WHEN a translation is removed and an article is added
        Files.delete(articles.resolve("harbour-log/de.txt"));
        Path added = Files.createDirectories(articles.resolve("lighthouse"));
        Files.writeString(added.resolve("en.txt"), "The lighthouse of Lindholm is 42 metres tall.\n");

        // THEN the update indexes those two articles only and serves them
        assertThat(live.update()).isTrue();
        List<String> translations = served.use(e -> e.index().translations().stream()
                .map(t -> t.article() + "/" + t.lang())
                .sorted()
                .toList());
        assertThat(translations)
                .containsExactly("harbour-log/en", "lighthouse/en", "openai-compute/de", "openai-compute/pt");
        assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage))
                .anyMatch(m -> m.contains(": [harbour-log, lighthouse] indexed again"));
        assertThat(versionIn(served.use(e -> e.answers().ask(AskRequest.of(QUESTION)))))
                .hasValue(0);

        // AND nothing more happens while nothing changes
        assertThat(live.update()).isFalse();
    }

    @Test
    void givenARemovedArticle_whenUpdated_thenItIsNoLongerServed() throws IOException {
        live.close();
        try (Stream<Path> files = Files.list(articles.resolve("harbour-log"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(articles.resolve("harbour-log"));

        assertThat(live.update()).isTrue();

        List<String> served = this.served.use(e -> e.index().translations().stream()
                .map(t -> t.article())
                .distinct()
                .toList());
        assertThat(served).containsExactly("openai-compute");
        assertThat(this.served
                        .use(e -> e.answers().ask(AskRequest.of(QUESTION)))
                        .answer())
                .isEmpty();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long waitUntilServed(int version, long writtenNanos) throws InterruptedException {
        long deadline = writtenNanos + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (versionIn(served.use(e -> e.answers().ask(AskRequest.of(QUESTION))))
                            .orElse(-1)
                    == version) {
                return Duration.ofNanos(System.nanoTime() - writtenNanos).toMillis();
            }
            Thread.sleep(20);
        }
        return Long.MAX_VALUE;
    }

    private static OptionalInt versionIn(AnswerResult result) {
        return result.answer()
                .map(a -> CRANES.matcher(a.sentence()))
                .filter(Matcher::find)
                .map(m -> OptionalInt.of(Integer.parseInt(m.group(1))))
                .orElse(OptionalInt.empty());
    }

    private void writeHarbour(int version) throws IOException {
        Path folder = Files.createDirectories(articles.resolve("harbour-log"));
        int cranes = version;
        write(folder.resolve("en.txt"), """
                Harbour log

                The harbour of Lindholm has %d cranes. The ferry leaves every morning at seven.

                Fishing boats come back in the afternoon.
                """.formatted(cranes));
        write(folder.resolve("de.txt"), """
                Hafenbuch

                Der Hafen von Lindholm hat %d Kräne. Die Fähre fährt jeden Morgen um sieben Uhr ab.

                Die Fischerboote kommen am Nachmittag zurück.
                """.formatted(cranes));
    }

    /** Written beside and moved into place, as editors and deploy tools do, so a reader never sees half a file. */
    private static void write(Path file, String text) throws IOException {
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
