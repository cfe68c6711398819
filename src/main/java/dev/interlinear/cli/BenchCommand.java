package dev.interlinear.cli;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.App;
import dev.interlinear.config.Settings;
import dev.interlinear.index.ScoredSentence;
import dev.interlinear.index.SentenceIndex;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.lucene.search.MatchAllDocsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures the answer path on the configured corpus: index build, opening an existing index up to the first
 * answer, heap after load, and answer latency over questions made from the corpus's own sentences (a few
 * words dropped and the rest shuffled, as people paraphrase). Prints figures; asserts nothing.
 */
@Command(name = "bench", description = "Measures index build, start to first answer, heap and answer latency.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--questions", paramLabel = "Q", defaultValue = "1000", description = "Questions to time (default 1000).")
    int questions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("interlinear-bench");
        Settings settings = common.settings().withDataDir(data);
        try {
            long t0 = System.nanoTime();
            int sentences;
            try (SentenceIndex built = new App(settings).openIndex(settings.corpus(), line -> { }).index()) {
                sentences = built.size();
            }
            double buildMs = (System.nanoTime() - t0) / 1e6;

            long t1 = System.nanoTime();
            App app = new App(settings);
            try (SentenceIndex index = app.openIndex(settings.corpus(), line -> { }).index()) {
                AnswerService service = app.answerService(index);
                List<String> qs = questionsFrom(index, Math.max(1, questions));
                service.ask(AskRequest.of(qs.get(0)));
                double firstMs = (System.nanoTime() - t1) / 1e6;
                long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
                System.gc();
                long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

                for (int i = 0; i < Math.min(200, qs.size()); i++) {
                    service.ask(AskRequest.of(qs.get(i))); // warm-up
                }
                double[] latencies = new double[qs.size()];
                for (int i = 0; i < qs.size(); i++) {
                    long s = System.nanoTime();
                    service.ask(AskRequest.of(qs.get(i)));
                    latencies[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(latencies);
                out.printf(Locale.ROOT, "corpus                %s (%d sentences)%n", settings.corpus(), sentences);
                out.printf(Locale.ROOT, "index build           %.0f ms%n", buildMs);
                out.printf(Locale.ROOT, "open to first answer  %.0f ms (JVM uptime at first answer: %d ms)%n", firstMs, uptimeMs);
                out.printf(Locale.ROOT, "heap after load       %.1f MB%n", heap / 1e6);
                out.printf(Locale.ROOT, "answer latency        median %.2f ms  p99 %.2f ms  over %d questions%n",
                        percentile(latencies, 50), percentile(latencies, 99), latencies.length);
                out.flush();
            }
        } finally {
            deleteTree(data);
        }
        return 0;
    }

    private static List<String> questionsFrom(SentenceIndex index, int count) {
        List<String> sentences = new ArrayList<>();
        for (ScoredSentence s : index.search(new MatchAllDocsQuery(), 10_000)) {
            if (s.sentence().text().split("\\s+").length >= 6) {
                sentences.add(s.sentence().text()); // shorter ones make no paraphrase
            }
        }
        Random random = new Random(42);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> words = new ArrayList<>(Arrays.asList(sentences.get(random.nextInt(sentences.size())).split("\\s+")));
            words.removeIf(w -> random.nextInt(4) == 0 || w.codePoints().noneMatch(Character::isLetter));
            java.util.Collections.shuffle(words, random);
            out.add(String.join(" ", words.subList(0, Math.min(words.size(), 10))) + "?");
        }
        return out;
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
