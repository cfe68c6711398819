package dev.interlinear.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 7 of issue 15: every crash mid-build left a {@code tmp-*} folder for ever (seven kills: 41 MB of
 * orphans beside a 6.8 MB index). Now the next process that may build removes them, whether it builds or finds
 * the index up to date.
 */
class KilledBuildTest {

    private static final Duration RUN = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    @Test
    void givenABuildKilledWithSigkill_whenIndexRunsAgain_thenItBuildsAndNoTemporaryFolderIsLeft() throws Exception {
        // GIVEN a build of a fresh data directory killed (kill -9) once it writes its temporary generation
        Path articles = tmp.resolve("articles");
        DataDirs.copyFolder(DataDirs.DEBIAN, articles);
        Path data = tmp.resolve("data");
        CliProcess.Launch launch = CliProcess.with(
                tmp.resolve("interlinear.yaml"), articles.toString(), data.toString(), CliProcess.freePort());
        List<String> orphans = killWhenBuilding(launch, data);
        assertThat(orphans).as("what the killed build left").isNotEmpty();
        assertThat(DataDirs.current(data)).isEmpty();

        // WHEN index runs again
        CliProcess.Result again = launch.run(tmp.resolve("logs"), RUN, "index");

        // THEN it builds the index and leaves no temporary folder
        assertThat(again.status()).as("%s", again).isZero();
        assertThat(again.out()).contains("indexed");
        assertThat(DataDirs.entries(data, "tmp-"))
                .as("temporary folders after a build")
                .isEmpty();
        assertThat(DataDirs.current(data)).isPresent();
    }

    @Test
    void
            givenAnUpdateKilledWithSigkill_whenIndexRunsOnTheUnchangedArticles_thenTheIndexIsUpToDateAndTheLeftoversAreGone()
                    throws Exception {
        // GIVEN an index of the articles
        Path articles = tmp.resolve("articles");
        DataDirs.copyFolder(DataDirs.DEBIAN, articles);
        Path data = tmp.resolve("data");
        CliProcess.Launch launch = CliProcess.with(
                tmp.resolve("interlinear.yaml"), articles.toString(), data.toString(), CliProcess.freePort());
        CliProcess.Result first = launch.run(tmp.resolve("logs"), RUN, "index");
        assertThat(first.status()).as("%s", first).isZero();
        Optional<String> built = DataDirs.current(data);
        assertThat(built).isPresent();

        // AND an update after an edit, killed (kill -9) once it writes its temporary generation
        Path edited = articles.resolve("network-setup/en.html");
        byte[] original = Files.readAllBytes(edited);
        DataDirs.addParagraph(edited, "The bridge br0 joins eth0 and wlan0 since version 42.");
        List<String> orphans = killWhenBuilding(launch, data);
        assertThat(orphans).as("what the killed update left").isNotEmpty();
        assertThat(DataDirs.current(data))
                .as("the generation in use after the kill")
                .isEqualTo(built);

        // WHEN the edit is undone and index runs again: nothing to build
        Files.write(edited, original);
        CliProcess.Result again = launch.run(tmp.resolve("logs"), RUN, "index");

        // THEN the index is the one built before, up to date, and the leftovers of the kill are gone
        assertThat(again.status()).as("%s", again).isZero();
        assertThat(again.out()).contains("up to date");
        assertThat(DataDirs.current(data)).isEqualTo(built);
        assertThat(DataDirs.entries(data, "tmp-"))
                .as("temporary folders after index found it up to date")
                .isEmpty();
    }

    /** Starts {@code index}, kills it once a temporary generation exists, and returns what is left of it. */
    private List<String> killWhenBuilding(CliProcess.Launch launch, Path data)
            throws IOException, InterruptedException {
        try (CliProcess index = launch.start(tmp.resolve("logs"), "index-killed", "index")) {
            long deadline = System.nanoTime() + RUN.toNanos();
            while (DataDirs.entries(data, "tmp-").isEmpty()) {
                assertThat(index.isAlive())
                        .as(
                                "index is still building (it ended before it could be killed):\n%s%s",
                                index.out(), index.err())
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("a temporary generation within %s", RUN)
                        .isLessThan(deadline);
                Thread.sleep(5);
            }
            index.kill();
        }
        return DataDirs.entries(data, "tmp-");
    }
}
