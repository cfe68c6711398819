package dev.interlinear.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlinear.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --markdown}: the table docs/benchmarks.md shows, written into the file between its markers. */
class BenchTableTest {

    private static final BenchRun RUN = new BenchRun(
            983_296,
            40.8,
            77.4,
            24_103,
            196_900_000,
            151_000_000,
            1168,
            new BenchRun.Latency(2.13, 6.16),
            2,
            new BenchRun.Latency(2.23, 15.96),
            493,
            new BenchRun.Latency(0.458, 1.674),
            4.7,
            0.942,
            1000,
            11.5,
            12.0,
            49.2);

    private static final BenchTable TABLE = new BenchTable(
            "interlinear bench --sentences 1000000", LocalDate.of(2026, 12, 6), "25", 2, 0.5, List.of(RUN));

    @Test
    void givenARun_whenRenderedAsMarkdown_thenItIsOneRowUnderTheCaptionWithTheCommandAndDay() {
        String md = TABLE.markdown();

        assertThat(md)
                .startsWith(
                        "Measured on 2026-12-06 with `interlinear bench --sentences 1000000` (JDK 25, 2 processors, load average 0.5 before the runs).");
        assertThat(md).contains("| 2 threads p50 / p99 ms |");
        assertThat(md)
                .contains("| 983296 | 40.8 (77.4) | 24103 | 196.9 | 151 | 1168 | 2.13 / 6.16 | 2.23 / 15.96 | 493"
                        + " | 0.458 / 1.674 | 4.7 | 0.942 | 12 | 12 | 49 |");
        assertThat(md.lines().filter(l -> l.startsWith("|"))).hasSize(3); // header, alignment, one run
    }

    @Test
    void givenADocumentWithMarkers_whenTheTableIsWritten_thenOnlyThePartBetweenThemChanges(@TempDir Path dir)
            throws Exception {
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(
                doc,
                "# Benchmarks\n\nprose before\n\n" + BenchTable.START + "\nold table\n" + BenchTable.END
                        + "\n\nprose after\n");

        TABLE.writeTo(doc);

        String text = Files.readString(doc);
        assertThat(text).startsWith("# Benchmarks\n\nprose before\n\n" + BenchTable.START + "\nMeasured on 2026-12-06");
        assertThat(text).endsWith(BenchTable.END + "\n\nprose after\n").doesNotContain("old table");
    }

    @Test
    void givenNoFile_whenTheTableIsWritten_thenANewFileHoldsItBetweenMarkers(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("table.md");

        TABLE.writeTo(fresh);

        assertThat(Files.readString(fresh))
                .startsWith(BenchTable.START)
                .contains("| 983296 |")
                .endsWith(BenchTable.END + "\n");
    }

    @Test
    void givenAFileWithoutMarkers_whenChecked_thenItIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "my notes\n");

        assertThatThrownBy(() -> BenchTable.requireWritable(notes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no table markers");
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
    }

    @Test
    void givenAFileWithoutMarkers_whenBenchIsToldToWriteIntoIt_thenExitTwoBeforeAnyRun(@TempDir Path dir)
            throws Exception {
        Path notes = dir.resolve("notes.md");
        Files.writeString(notes, "my notes\n");

        CliRunner.Run run = CliRunner.run("bench", "--sentences", "1000", "--markdown", notes.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("has no table markers").doesNotContain("warm-up");
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
    }
}
