package dev.interlinear.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.app.App;
import dev.interlinear.bench.BenchRun;
import dev.interlinear.bench.BenchTable;
import dev.interlinear.bench.Benchmark;
import dev.interlinear.config.Settings;
import dev.interlinear.index.ScoredSentence;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.lucene.search.MatchAllDocsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the whole answer path. Without {@code --corpus}: on generated corpora of N sentences (vocabulary
 * and sentence lengths learnt from real text), side by side with plain Lucene. With {@code --corpus}: on
 * that corpus, with questions made from its own sentences. Prints figures; asserts nothing.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures index build, start to first answer, heap, latency and throughput.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(
            names = "--questions",
            paramLabel = "Q",
            defaultValue = "1000",
            description = "Questions to time (default 1000).")
    int questions;

    @Option(
            names = "--sentences",
            paramLabel = "N",
            split = ",",
            description = "Corpus sizes (default 1000,10000,100000,1000000).")
    List<Integer> sentences;

    @Option(
            names = "--languages",
            paramLabel = "L",
            split = ",",
            defaultValue = "de,pt,en,es,fr",
            description = "Languages of the generated translations (default de,pt,en,es,fr).")
    List<String> languages;

    @Option(
            names = "--threads",
            paramLabel = "T",
            defaultValue = "2",
            description = "Threads for the throughput run (default 2).")
    int threads;

    @Option(
            names = "--real-text",
            paramLabel = "DIR",
            defaultValue = "eval/corpora/debian-reference",
            description =
                    "Corpus whose words and sentence lengths the generator learns (default eval/corpora/debian-reference).")
    Path realText;

    @Option(
            names = "--warm-up",
            paramLabel = "N",
            defaultValue = "400000",
            description =
                    "At most N sentences built and discarded before the runs, in builds of 20000 until the JIT compiler"
                            + " is nearly done, so that they measure a warm JVM (default 400000; 0: none, a fresh JVM).")
    int warmUp;

    @Option(names = "--json", description = "Print one JSON object with every run.")
    boolean json;

    @Option(
            names = "--markdown",
            paramLabel = "FILE",
            description = "Also write the runs as a Markdown table to FILE: a new file, or between the table markers"
                    + " of an existing one (as in docs/benchmarks.md).")
    Path markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (common.corpus == null) {
            return synthetic();
        }
        return onCorpus();
    }

    private Integer synthetic() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || questions < 10) {
            throw new UsageException("--threads must be at least 1 and --questions at least 10");
        }
        List<Integer> sizes =
                sentences == null || sentences.isEmpty() ? List.of(1_000, 10_000, 100_000, 1_000_000) : sentences;
        for (int n : sizes) {
            if (n < 100 || n > 10_000_000) {
                throw new UsageException("--sentences must be between 100 and 10000000, got " + n);
            }
        }
        if (warmUp < 0 || warmUp > 10_000_000) {
            throw new UsageException("--warm-up must be between 0 and 10000000, got " + warmUp);
        }
        if (markdown != null) {
            try {
                BenchTable.requireWritable(markdown); // before the runs, which may take many minutes
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Benchmark benchmark = new Benchmark(common.settings(), realText, line -> {
            err.println(line);
            err.flush();
        });
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (warmUp > 0) {
            benchmark.warmUp(warmUp, languages);
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode runs = root.putArray("runs");
        List<BenchRun> measured = new ArrayList<>();
        if (!json) {
            out.println(
                    "sentences  build_s  cpu_s  sent/s   index_MB  heap_MB  first_ms  p50_ms  p99_ms  p50_T  p99_T  answers/s  plain_p50  plain_p99  ratio  hit@1  detect_us  segment_us  query_us");
            out.flush();
        }
        for (int n : sizes) {
            BenchRun r = benchmark.run(n, languages, threads, questions);
            runs.add(toJson(mapper, r));
            measured.add(r);
            if (!json) {
                out.printf(
                        Locale.ROOT,
                        "%9d  %7.1f  %5.0f  %7.0f  %8.1f  %7.1f  %8.0f  %6.2f  %6.2f  %5.2f  %5.2f  %9.0f  %9.3f  %9.3f  %5.1f  %5.3f  %9.1f  %10.1f  %8.1f%n",
                        r.columns());
                out.flush();
            }
        }
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            out.flush();
        }
        if (markdown != null) {
            new BenchTable(
                            commandLine(sizes),
                            LocalDate.now(),
                            Runtime.version().toString(),
                            Runtime.getRuntime().availableProcessors(),
                            loadBefore,
                            measured)
                    .writeTo(markdown);
            err.println("table written to " + markdown);
        }
        return 0;
    }

    /** The command that measures these runs again, every setting spelt out. */
    private String commandLine(List<Integer> sizes) {
        StringBuilder c = new StringBuilder("./interlinear bench --sentences ");
        c.append(String.join(",", sizes.stream().map(String::valueOf).toList()))
                .append(" --languages ")
                .append(String.join(",", languages))
                .append(" --threads ")
                .append(threads)
                .append(" --questions ")
                .append(questions)
                .append(" --warm-up ")
                .append(warmUp);
        if (!realText.equals(Path.of("eval/corpora/debian-reference"))) {
            c.append(" --real-text ").append(realText);
        }
        return c.toString();
    }

    private static ObjectNode toJson(ObjectMapper mapper, BenchRun r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("sentences", r.sentences());
        n.put("build_seconds", r.buildSeconds());
        n.put("build_cpu_seconds", r.buildCpuSeconds());
        n.put("sentences_per_second", r.sentencesPerSecond());
        n.put("index_bytes", r.indexBytes());
        n.put("heap_bytes", r.heapBytes());
        n.put("first_answer_ms", r.firstAnswerMs());
        n.putObject("answer_ms")
                .put("p50", r.answerMs().p50())
                .put("p99", r.answerMs().p99());
        n.putObject("answer_ms_threads")
                .put("threads", r.threads())
                .put("p50", r.answerMsThreads().p50())
                .put("p99", r.answerMsThreads().p99());
        n.put("answers_per_second", r.answersPerSecond());
        n.putObject("plain_ms")
                .put("p50", r.plainMs().p50())
                .put("p99", r.plainMs().p99());
        n.put("ratio_p50", r.ratioP50());
        n.put("hit_at_1", r.hitAt1());
        n.put("questions", r.questions());
        n.putObject("pieces_us")
                .put("language_detection", r.detectionMicros())
                .put("segmentation_per_paragraph", r.segmentationMicros())
                .put("query_building", r.queryBuildingMicros());
        return n;
    }

    private Integer onCorpus() throws Exception {
        if (markdown != null) {
            throw new UsageException("--markdown writes the table of generated corpora; it does not go with --corpus");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("interlinear-bench");
        Settings settings = common.settings().withDataDir(data);
        try {
            long t0 = System.nanoTime();
            int sentences;
            try (SentenceIndex built =
                    new App(settings).openIndex(settings.corpus(), line -> {}).index()) {
                sentences = built.size();
            }
            double buildMs = (System.nanoTime() - t0) / 1e6;
            double warmBuildMs = warmBuildMs(settings, data);

            long t1 = System.nanoTime();
            App app = new App(settings);
            try (SentenceIndex index =
                    app.openIndex(settings.corpus(), line -> {}).index()) {
                AnswerService service = app.answerService(index);
                List<String> qs = questionsFrom(index, Math.max(1, questions));
                ask(service, qs.get(0));
                double firstMs = (System.nanoTime() - t1) / 1e6;
                long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
                System.gc();
                long heap = Runtime.getRuntime().totalMemory()
                        - Runtime.getRuntime().freeMemory();

                for (int i = 0; i < Math.min(200, qs.size()); i++) {
                    ask(service, qs.get(i)); // warm-up
                }
                double[] latencies = new double[qs.size()];
                for (int i = 0; i < qs.size(); i++) {
                    long s = System.nanoTime();
                    ask(service, qs.get(i));
                    latencies[i] = (System.nanoTime() - s) / 1e6;
                }
                out.printf(Locale.ROOT, "corpus                %s (%d sentences)%n", settings.corpus(), sentences);
                out.printf(
                        Locale.ROOT,
                        "index build           %.0f ms in a fresh JVM, %.0f ms warm (median of %d more)%n",
                        buildMs,
                        warmBuildMs,
                        WARM_BUILDS);
                out.printf(
                        Locale.ROOT,
                        "open to first answer  %.0f ms (JVM uptime at first answer: %d ms)%n",
                        firstMs,
                        uptimeMs);
                out.printf(Locale.ROOT, "heap after load       %.1f MB%n", heap / 1e6);
                out.printf(
                        Locale.ROOT,
                        "answer latency        median %.2f ms  p99 %.2f ms  over %d questions%n",
                        Benchmark.latency(latencies).p50(),
                        Benchmark.latency(latencies).p99(),
                        latencies.length);
                out.flush();
            }
        } finally {
            Benchmark.deleteTree(data);
        }
        return 0;
    }

    /** Builds that follow the first: classes are loaded and the model read, as in a running bot's updates. */
    private static final int WARM_BUILDS = 5;

    /**
     * The median time of building the corpus again from scratch with one application (its language model read
     * once, as in a running bot), the previous build removed each time.
     */
    private static double warmBuildMs(Settings settings, Path data) throws IOException {
        Settings again = settings.withDataDir(data.resolve("warm"));
        App app = new App(again);
        double[] times = new double[WARM_BUILDS];
        for (int i = 0; i < WARM_BUILDS; i++) {
            if (Files.exists(again.dataDir())) {
                Benchmark.deleteTree(again.dataDir());
            }
            long t = System.nanoTime();
            try (SentenceIndex ignored =
                    app.openIndex(again.corpus(), line -> {}).index()) {
                times[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return Benchmark.latency(times).p50();
    }

    /**
     * Asks one question. A paraphrase left with stop words only is refused, as the bot would refuse it: that
     * reply is timed like any other.
     */
    private static void ask(AnswerService service, String question) {
        try {
            service.ask(AskRequest.of(question));
        } catch (InvalidQuestionException refused) {
            // the refusal is the reply
        }
    }

    private static List<String> questionsFrom(SentenceIndex index, int count) {
        List<String> sentences = new ArrayList<>();
        for (ScoredSentence s : index.search(MatchAllDocsQuery.INSTANCE, 10_000)) {
            if (s.sentence().text().split("\\s+").length >= 6) {
                sentences.add(s.sentence().text()); // shorter ones make no paraphrase
            }
        }
        Random random = new Random(42);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> words = new ArrayList<>(Arrays.asList(
                    sentences.get(random.nextInt(sentences.size())).split("\\s+")));
            words.removeIf(w -> random.nextInt(4) == 0 || w.codePoints().noneMatch(Character::isLetter));
            java.util.Collections.shuffle(words, random);
            out.add(String.join(" ", words.subList(0, Math.min(words.size(), 10))) + "?");
        }
        return out;
    }
}
