package dev.interlinear.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild that fails leaves the last good index served, says so in {@link Health} as stale with the reason,
 * and is tried again until it succeeds. The failure here is a build lock that cannot be made (what a read-only
 * or full data directory does), since a test running as root cannot take write access away.
 */
class StaleIndexTest {

    private static final String QUESTION = "How many cranes does the harbour of Lindholm have?";

    @TempDir
    Path tmp;

    @Test
    void givenAServedIndex_whenARebuildFails_thenTheOldIndexIsServedAsStaleAndTheRebuildIsRetriedUntilItSucceeds()
            throws Exception {
        // GIVEN a served index of one article
        Path articles = Files.createDirectories(tmp.resolve("articles/harbour"));
        Files.writeString(articles.resolve("en.txt"), "The harbour of Lindholm has 3 cranes. It is busy all year.\n");
        Path corpus = articles.getParent();
        App app = new App(SampleCorpus.settings(corpus, tmp.resolve("data")), App.ModelLoading.ON_DEMAND);
        IndexGenerations.Opened opened = app.openIndex(corpus, line -> {});
        ServedEdition served = app.served(opened.index());
        Path lock = slot(tmp.resolve("data")).resolve("build.lock");
        try (LiveArticles live = LiveArticles.start(
                app.generations(),
                corpus,
                served,
                Duration.ofMillis(50),
                Duration.ofMillis(300),
                true,
                List.of(),
                Optional.empty())) {
            // WHEN the article changes while the data directory refuses the build (its lock is not a file)
            Files.delete(lock);
            Files.createDirectories(lock.resolve("blocked"));
            Files.writeString(
                    articles.resolve("en.txt"), "The harbour of Lindholm has 7 cranes. It is busy all year.\n");

            // THEN the index is reported stale with the reason, and the old answer is still given
            await(() -> stateOfIndex(app) == Health.State.STALE);
            assertThat(app.health().overall()).isEqualTo(Health.Overall.STALE);
            assertThat(app.health().parts())
                    .filteredOn(p -> p.name().equals(Health.INDEX))
                    .singleElement()
                    .satisfies(p -> assertThat(p.detail()).contains("build lock"));
            assertThat(answer(served)).contains("3 cranes");

            // AND once the directory accepts builds again, the retry brings the edit in without another change
            Files.delete(lock.resolve("blocked"));
            Files.delete(lock);
            await(() -> stateOfIndex(app) == Health.State.OK);
            assertThat(answer(served)).contains("7 cranes");
        } finally {
            served.close();
        }
    }

    @Test
    void givenAPreviousIndex_whenTheBuildAtStartFails_thenThePreviousIndexIsOpenedAsStale() throws Exception {
        // GIVEN an index built once
        Path articles = Files.createDirectories(tmp.resolve("articles/harbour"));
        Files.writeString(articles.resolve("en.txt"), "The harbour of Lindholm has 3 cranes. It is busy all year.\n");
        Path corpus = articles.getParent();
        new App(SampleCorpus.settings(corpus, tmp.resolve("data")), App.ModelLoading.ON_DEMAND)
                .openIndex(corpus, line -> {})
                .index()
                .close();
        Path lock = slot(tmp.resolve("data")).resolve("build.lock");

        // WHEN the articles changed and the build cannot run at the next start
        Files.writeString(articles.resolve("en.txt"), "The harbour of Lindholm has 7 cranes. It is busy all year.\n");
        Files.delete(lock);
        Files.createDirectories(lock.resolve("blocked"));
        App app = new App(SampleCorpus.settings(corpus, tmp.resolve("data")), App.ModelLoading.ON_DEMAND);
        IndexGenerations.Opened opened = app.openIndex(corpus, line -> {});

        // THEN the previous index is opened, said to be stale, and nothing was taken as it is on disk
        try (ServedEdition served = app.served(opened.index())) {
            assertThat(opened.stale()).hasValueSatisfying(r -> assertThat(r).contains("build lock"));
            assertThat(opened.allTaken()).isFalse();
            assertThat(stateOfIndex(app)).isEqualTo(Health.State.STALE);
            assertThat(answer(served)).contains("3 cranes");
        }
    }

    private static Path slot(Path data) throws IOException {
        try (DirectoryStream<Path> slots = Files.newDirectoryStream(data.resolve("index"))) {
            return slots.iterator().next();
        }
    }

    private static Health.State stateOfIndex(App app) {
        return app.health().parts().stream()
                .filter(p -> p.name().equals(Health.INDEX))
                .findFirst()
                .map(Health.Part::state)
                .orElse(Health.State.DOWN);
    }

    private static String answer(ServedEdition served) {
        return served.use(e -> e.answers().ask(AskRequest.of(QUESTION).withExplicitLanguage("en")))
                .answer()
                .map(a -> a.sentence())
                .orElse("");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
            Thread.sleep(25);
        }
    }
}
