package dev.interlinear.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's own plumbing, on a tiny corpus: no timing is asserted, only that the figures are sane. */
class BenchmarkTest {

    @Test
    void givenATinyGeneratedCorpus_whenBenchmarked_thenEveryFigureIsFilledAndTheQuestionsFindTheirSentences(
            @TempDir Path data) throws Exception {
        Benchmark benchmark = new Benchmark(
                SampleCorpus.settings(SampleCorpus.ARTICLES, data),
                Path.of("eval/corpora/debian-reference"),
                line -> {});

        BenchRun run = benchmark.run(600, List.of("de", "pt", "en"), 2, 60);

        assertThat(run.sentences()).isBetween(500, 600);
        assertThat(run.questions()).isEqualTo(60);
        assertThat(run.buildSeconds()).isPositive();
        assertThat(run.buildCpuSeconds()).isNotZero(); // positive, or -1 on a JVM that does not tell
        assertThat(run.indexBytes()).isPositive();
        assertThat(run.answerMs().p99())
                .isGreaterThanOrEqualTo(run.answerMs().p50())
                .isPositive();
        assertThat(run.plainMs().p50()).isPositive();
        assertThat(run.answersPerSecond()).isPositive();
        // Paraphrased sentences of the corpus are found again: the generator and the questions fit together.
        assertThat(run.hitAt1()).isGreaterThan(0.7);
    }

    @Test
    void givenSentencesOfSymbolsOnly_whenQuestionsAreMade_thenNoneIsWithoutAWord() {
        List<SyntheticCorpus.Target> targets = List.of(
                new SyntheticCorpus.Target("a", "en", 0, "—"),
                new SyntheticCorpus.Target("a", "en", 1, "· ·"),
                new SyntheticCorpus.Target("a", "en", 2, "the cat sat on the mat."));

        List<Benchmark.Question> questions = Benchmark.questions(targets, List.of("en"), 20, new java.util.Random(1));

        assertThat(questions).hasSize(20);
        assertThat(questions).allMatch(q -> q.text().codePoints().anyMatch(Character::isLetterOrDigit), "has a word");
    }

    @Test
    void givenRealText_whenAVocabularyIsLearnt_thenFrequentWordsAreDrawnMoreOften() {
        Vocabulary v = Vocabulary.learn(java.util.Collections.nCopies(
                300, "the cat sat on the mat while the dog slept by the door of the house"));
        assertThat(v).isNull(); // too few distinct words to be a language's vocabulary

        Vocabulary synthetic = Vocabulary.synthetic("xx", 1000, new java.util.Random(1));
        java.util.Random r = new java.util.Random(2);
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            counts.merge(synthetic.word(r), 1, Integer::sum);
        }
        List<Integer> sorted = counts.values().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        assertThat(sorted.get(0)).isGreaterThan(10 * sorted.get(100)); // Zipf: the head dominates the tail
    }
}
