package dev.interlinear.bench;

import dev.interlinear.answer.AnswerJson;
import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.App;
import dev.interlinear.config.Settings;
import dev.interlinear.index.Fields;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The whole answer path measured on a corpus of N sentences: build, open to first answer, heap, latency
 * with one and with T threads, throughput, and plain Lucene BM25 on the same index for comparison.
 */
public final class Benchmark {

    private final Settings settings;
    private final Path realText;
    private final Consumer<String> progress;
    /** Builds every corpus with one language model, read once, as a running bot's updates do. */
    private final App builder;

    public Benchmark(Settings settings, Path realText, Consumer<String> progress) {
        this.settings = settings;
        this.realText = realText;
        this.progress = progress;
        this.builder = new App(settings);
    }

    /** Sentences of one warm-up build: small enough to stop soon after the compiler is done. */
    static final int WARM_UP_ROUND = 20_000;
    /** The compiler's share of a build's processor time below which the JVM counts as warm. */
    static final double WARM_JIT_SHARE = 0.10;

    /**
     * Builds a corpus again and again and throws the builds away, until the JIT compiler works less than a tenth
     * of a build's processor time or {@code sentences} have been built, so that the runs after it measure a JVM
     * whose classes are loaded and whose build code is compiled (a fresh JVM is measured by
     * {@code bench --corpus}, or with {@code --warm-up 0}). Why rounds: the compiler keeps working for the first
     * few hundred thousand sentences, a third to a half of the processor time of a build in that stretch.
     */
    public void warmUp(int sentences, List<String> languages) throws Exception {
        Path work = Files.createTempDirectory("interlinear-bench-");
        try {
            Path corpusDir = Files.createDirectories(work.resolve("articles"));
            int round = Math.min(sentences, WARM_UP_ROUND);
            SyntheticCorpus.from(realText, languages, round).write(corpusDir, round, languages, 10);
            int built = 0;
            for (int k = 1; built < sentences; k++) {
                Path data = work.resolve("data-" + k);
                Settings local = settings.withCorpus(corpusDir).withDataDir(data);
                long b = System.nanoTime();
                long cpu = processCpuNanos();
                long compiling = compilingMillis();
                int size;
                try (SentenceIndex index = builder.withSettings(local)
                        .openIndex(corpusDir, line -> {})
                        .index()) {
                    size = index.size();
                }
                built += Math.max(1, size);
                double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                double jitSeconds = (compilingMillis() - compiling) / 1e3;
                progress.accept(String.format(
                        "warm-up %d: %d sentences built in %.1f s (%.1f s of processor time, JIT"
                                + " %.1f s; not reported)",
                        k, size, (System.nanoTime() - b) / 1e9, cpuSeconds, jitSeconds));
                deleteTree(data);
                if (cpu >= 0 && compiling >= 0 && jitSeconds < WARM_JIT_SHARE * cpuSeconds) {
                    break;
                }
            }
        } finally {
            deleteTree(work);
        }
    }

    public BenchRun run(int sentences, List<String> languages, int threads, int questions) throws Exception {
        Path work = Files.createTempDirectory("interlinear-bench-");
        try {
            Path corpusDir = Files.createDirectories(work.resolve("articles"));
            Settings local = settings.withCorpus(corpusDir).withDataDir(work.resolve("data"));
            long g = System.nanoTime();
            int perLanguage = Math.max(10, questions / languages.size());
            List<SyntheticCorpus.Target> targets = SyntheticCorpus.from(realText, languages, sentences)
                    .write(corpusDir, sentences, languages, perLanguage);
            progress.accept(String.format("N=%d: corpus written in %.1f s", sentences, (System.nanoTime() - g) / 1e9));

            long b = System.nanoTime();
            long cpu = processCpuNanos();
            long compiling = compilingMillis();
            int indexed;
            Path generation;
            try (SentenceIndex built =
                    builder.withSettings(local).openIndex(corpusDir, line -> {}).index()) {
                indexed = built.size();
                generation = built.generation();
            }
            double buildSeconds = (System.nanoTime() - b) / 1e9;
            double buildCpuSeconds = cpu < 0 ? -1 : (processCpuNanos() - cpu) / 1e9;
            long indexBytes = sizeOf(generation);
            progress.accept(String.format(
                    "N=%d: %d sentences indexed in %.1f s (%.1f s of processor time; the JIT compiler"
                            + " worked %.1f s of it)",
                    sentences,
                    indexed,
                    buildSeconds,
                    buildCpuSeconds,
                    compiling < 0 ? Double.NaN : (compilingMillis() - compiling) / 1e3));

            long f = System.nanoTime();
            App app = new App(local);
            try (SentenceIndex index = app.openIndex(corpusDir, line -> {}).index()) {
                AnswerService service = app.answerService(index);
                AnswerJson json = new AnswerJson();
                List<Question> qs = questions(targets, languages, questions, new Random(sentences));
                service.ask(request(qs.get(0)));
                double firstMs = (System.nanoTime() - f) / 1e6;
                System.gc();
                long heap =
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

                qs.stream().limit(200).forEach(q -> service.ask(request(q))); // warm-up
                double[] single = new double[qs.size()];
                int hits = 0;
                int answerable = 0;
                for (int i = 0; i < qs.size(); i++) {
                    long s = System.nanoTime();
                    AnswerResult r = service.ask(request(qs.get(i)));
                    json.toJson(r);
                    single[i] = (System.nanoTime() - s) / 1e6;
                    if (qs.get(i).target() != null) {
                        answerable++;
                        SyntheticCorpus.Target t = qs.get(i).target();
                        if (r.answer()
                                .filter(a -> a.article().equals(t.article())
                                        && a.lang().equals(t.lang())
                                        && a.sentenceIndex() == t.sentenceIndex())
                                .isPresent()) {
                            hits++;
                        }
                    }
                }
                double[] multi = new double[qs.size()];
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long m = System.nanoTime();
                try {
                    List<Future<?>> futures = new ArrayList<>();
                    for (int i = 0; i < qs.size(); i++) {
                        int k = i;
                        futures.add(pool.submit(() -> {
                            long s = System.nanoTime();
                            json.toJson(service.ask(request(qs.get(k))));
                            multi[k] = (System.nanoTime() - s) / 1e6;
                        }));
                    }
                    for (Future<?> fu : futures) {
                        fu.get();
                    }
                } finally {
                    pool.shutdown();
                }
                double answersPerSecond = qs.size() / ((System.nanoTime() - m) / 1e9);
                List<String> paragraphs = new ArrayList<>();
                for (int i = 0; i + 4 <= targets.size() && paragraphs.size() < 500; i += 4) {
                    paragraphs.add(String.join(
                            " ",
                            targets.subList(i, i + 4).stream()
                                    .map(SyntheticCorpus.Target::text)
                                    .toList()));
                }
                HotPieces.Figures pieces = HotPieces.measure(qs, paragraphs, languages, service);
                double[] plain = plain(index, qs);
                BenchRun.Latency one = latency(single);
                BenchRun.Latency plainLatency = latency(plain);
                return new BenchRun(
                        indexed,
                        buildSeconds,
                        buildCpuSeconds,
                        indexed / buildSeconds,
                        indexBytes,
                        heap,
                        firstMs,
                        one,
                        threads,
                        latency(multi),
                        answersPerSecond,
                        plainLatency,
                        plainLatency.p50() == 0 ? 0 : one.p50() / plainLatency.p50(),
                        answerable == 0 ? 0 : (double) hits / answerable,
                        qs.size(),
                        pieces.detectionMicros(),
                        pieces.segmentationMicros(),
                        pieces.queryBuildingMicros());
            }
        } finally {
            deleteTree(work);
        }
    }

    /** A question and the sentence it was made from (none for questions the corpus does not answer). */
    record Question(String text, String lang, SyntheticCorpus.Target target) {}

    /** Paraphrases of corpus sentences (a quarter of the words dropped, two swapped), and unanswerable ones. */
    static List<Question> questions(
            List<SyntheticCorpus.Target> targets, List<String> languages, int count, Random random) {
        List<Question> out = new ArrayList<>();
        List<SyntheticCorpus.Target> shuffled = new ArrayList<>(targets);
        Collections.shuffle(shuffled, random);
        int unanswerable = Math.max(1, count / 10);
        for (int i = 0; out.size() < count - unanswerable && !shuffled.isEmpty() && i < 100 * count; i++) {
            SyntheticCorpus.Target t = shuffled.get(i % shuffled.size());
            List<String> words =
                    new ArrayList<>(Arrays.asList(t.text().replace(".", "").split(" ")));
            words.removeIf(w -> words.size() > 4 && random.nextInt(4) == 0);
            if (words.size() > 2) {
                Collections.swap(words, 0, 1 + random.nextInt(words.size() - 1));
            }
            String text = String.join(" ", words.subList(0, Math.min(words.size(), 12)));
            // Symbols only ("—", "·", or what dropping words left) make no question: the bot would refuse it.
            if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(new Question(text + "?", t.lang(), t));
            }
        }
        Vocabulary nonsense = Vocabulary.synthetic("q", 2000, random);
        for (int i = 0; i < unanswerable; i++) {
            StringBuilder q = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                q.append(nonsense.word(random)).append(' ');
            }
            out.add(new Question(q.toString().strip() + "?", languages.get(i % languages.size()), null));
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static AskRequest request(Question q) {
        return AskRequest.of(q.text()).withUserLocale(q.lang());
    }

    /** Plain Lucene: the question's StandardAnalyzer terms OR-ed over the sentence field, top 10. */
    private static double[] plain(SentenceIndex index, List<Question> qs) throws IOException {
        StandardAnalyzer analyzer = new StandardAnalyzer();
        double[] out = new double[qs.size()];
        List<BooleanQuery> queries = new ArrayList<>();
        for (Question q : qs) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (String term : dev.interlinear.index.LanguageAnalyzers.terms(analyzer, q.text())) {
                b.add(new TermQuery(new Term(Fields.body(q.lang()), term)), BooleanClause.Occur.SHOULD);
            }
            queries.add(b.build());
        }
        queries.stream().limit(200).forEach(q -> index.search(q, 10));
        for (int i = 0; i < queries.size(); i++) {
            long s = System.nanoTime();
            index.search(queries.get(i), 10);
            out[i] = (System.nanoTime() - s) / 1e6;
        }
        return out;
    }

    /** Time the JIT compiler threads have worked so far, or -1 where the JVM does not say. */
    private static long compilingMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** Processor time of the whole process so far, or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    /** Median and 99th percentile of the values. */
    public static BenchRun.Latency latency(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new BenchRun.Latency(round(percentile(sorted, 50)), round(percentile(sorted, 99)));
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }

    /** Removes a benchmark's temporary folder. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
