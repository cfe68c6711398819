package dev.interlinear.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown table of benchmark runs that {@code bench --markdown FILE} writes, so that the figures in
 * docs/benchmarks.md come from a run and are never typed in. In a file that already exists only the part
 * between {@link #START} and {@link #END} is replaced, so the prose around the table stays.
 *
 * @param command    the command line that reproduces the runs
 * @param date       the day the runs were measured
 * @param jdk        the Java runtime's version
 * @param processors the processors the JVM saw
 * @param loadAverage the machine's load average before the runs (other programs slow them); negative if unknown
 */
public record BenchTable(
        String command, LocalDate date, String jdk, int processors, double loadAverage, List<BenchRun> runs) {

    public static final String START = "<!-- bench-table: written by `interlinear bench --markdown`, not by hand -->";
    public static final String END = "<!-- /bench-table -->";

    public BenchTable {
        runs = List.copyOf(runs);
    }

    /**
     * Checks before the runs, which may take many minutes, that the table can be put into {@code file}: a new
     * file, or one holding both markers. A file without them is refused rather than overwritten.
     */
    public static void requireWritable(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        String text = read(file);
        if (!text.contains(START) || !text.contains(END) || text.indexOf(END) < text.indexOf(START)) {
            throw new IllegalArgumentException(file + " exists but has no table markers (" + START + " ... " + END
                    + "); give a new file or add them where the table goes");
        }
    }

    /** Writes the table into {@code file}: between its markers when it exists, else as a new file. */
    public void writeTo(Path file) throws IOException {
        requireWritable(file);
        String replaced = Files.exists(file) ? into(read(file)) : START + "\n" + markdown() + END + "\n";
        Files.writeString(file, replaced, StandardCharsets.UTF_8);
    }

    /** {@code text} with whatever stands between the markers replaced by this table. */
    String into(String text) {
        int start = text.indexOf(START) + START.length();
        int end = text.indexOf(END);
        return text.substring(0, start) + "\n" + markdown() + text.substring(end);
    }

    /** The caption line (command, date, machine) and the table, one row per run. */
    public String markdown() {
        int threads = runs.isEmpty() ? 2 : runs.get(0).threads();
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Measured on %s with `%s` (JDK %s, %d processors%s).%n%n",
                date,
                command,
                jdk,
                processors,
                loadAverage < 0 ? "" : String.format(Locale.ROOT, ", load average %.1f before the runs", loadAverage)));
        md.append("| sentences | build s (processor s) | sentences/s | index MB | heap MB | open to first answer ms"
                        + " | answer p50 / p99 ms | ")
                .append(threads)
                .append(" threads p50 / p99 ms | answers/s (")
                .append(threads)
                .append(" threads) | plain BM25 p50 / p99 ms | ratio p50 | hit@1 | detection µs"
                        + " | segmentation µs/paragraph | query building µs |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchRun r : runs) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f (%s) | %.0f | %.1f | %.0f | %.0f | %.2f / %.2f | %.2f / %.2f | %.0f | %.3f / %.3f"
                            + " | %.1f | %.3f | %.0f | %.0f | %.0f |%n",
                    withProcessorSeconds(r)));
        }
        return md.toString();
    }

    /** The run's figures, its processor seconds written as {@link #cpu}. */
    private static Object[] withProcessorSeconds(BenchRun r) {
        Object[] columns = r.columns();
        columns[2] = cpu(r.buildCpuSeconds());
        return columns;
    }

    /** Processor seconds, or "n/a" where the JVM could not tell (-1). */
    private static String cpu(double seconds) {
        return seconds < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read (" + e.getMessage() + ")");
        }
    }
}
