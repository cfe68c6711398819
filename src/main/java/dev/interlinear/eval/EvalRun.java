package dev.interlinear.eval;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One run of a question file, as {@code eval} does it and the regression test repeats it: the questions of one
 * part of the {@link ArticleSplit}, asked with an {@link AskerLocale}, and optionally the plain BM25 baseline
 * on the same questions.
 */
public final class EvalRun {

    private EvalRun() {}

    /**
     * The questions a run covers.
     *
     * @param articles    articles of the corpus in the part
     * @param allArticles articles of the corpus
     * @param questions   the questions in the part, in file order
     * @param allQuestions questions in the file
     */
    public record Selection(
            ArticleSplit split, int articles, int allArticles, List<EvalQuestion> questions, int allQuestions) {
        public Selection {
            questions = List.copyOf(questions);
        }

        /** For output, e.g. {@code split check: 14 of 24 articles, 958 of 1644 questions}. */
        public String line() {
            return String.format(
                    Locale.ROOT,
                    "split %s: %d of %d articles, %d of %d questions",
                    split.label(),
                    articles,
                    allArticles,
                    questions.size(),
                    allQuestions);
        }
    }

    /** What a run measured. */
    public record Outcome(Selection selection, AskerLocale locale, EvalReport report, Optional<EvalReport> baseline) {}

    /** The questions of one part; the articles counted are those of the corpus. */
    public static Selection select(
            List<EvalQuestion> questions, ArticleSplit split, Collection<String> corpusArticles) {
        Set<String> articles = new TreeSet<>(corpusArticles);
        int inPart = (int) articles.stream().filter(split::containsArticle).count();
        return new Selection(
                split,
                inPart,
                articles.size(),
                questions.stream().filter(split::contains).toList(),
                questions.size());
    }

    /** The ids of the articles in an index. */
    public static Set<String> articles(SentenceIndex index) {
        Set<String> out = new TreeSet<>();
        for (IndexedSentence first : index.translations()) {
            out.add(first.article());
        }
        return out;
    }

    /** Opens a corpus folder's index, with its data in {@code dataDir}, and runs questions on it as {@link #run} does. */
    @FunctionalInterface
    public interface CorpusRun {
        Outcome run(Path corpus, Path dataDir, List<EvalQuestion> questions) throws IOException;
    }

    /**
     * The questions of one part, each article of the corpus asked its own questions alone (a corpus of that article
     * only, as on a server that loads one); the results put together. Questions without an article are left out.
     */
    public static Outcome eachArticle(
            Path corpus, List<EvalQuestion> questions, ArticleSplit split, AskerLocale locale, CorpusRun run)
            throws IOException {
        List<EvalResult> results = new ArrayList<>();
        List<EvalResult> plain = new ArrayList<>();
        List<EvalQuestion> asked = new ArrayList<>();
        boolean withBaseline = false;
        int articles = 0;
        int allArticles;
        try (ArticlesAlone alone = ArticlesAlone.of(corpus)) {
            allArticles = alone.articles().size();
            for (String id : alone.articles()) {
                if (!split.containsArticle(id)) {
                    continue;
                }
                articles++;
                List<EvalQuestion> about = ArticlesAlone.about(questions, id);
                if (about.isEmpty()) {
                    continue;
                }
                Outcome one = run.run(alone.corpusOf(id), alone.dataDir(), about);
                asked.addAll(about);
                results.addAll(one.report().results());
                if (one.baseline().isPresent()) {
                    withBaseline = true;
                    plain.addAll(one.baseline().get().results());
                }
            }
        }
        return new Outcome(
                new Selection(split, articles, allArticles, asked, questions.size()),
                locale,
                new EvalReport(results),
                withBaseline ? Optional.of(new EvalReport(plain)) : Optional.empty());
    }

    /** Runs the questions of one part through the answer service (and the plain BM25 baseline when asked). */
    public static Outcome run(
            AnswerService service,
            SentenceIndex index,
            List<EvalQuestion> questions,
            ArticleSplit split,
            AskerLocale locale,
            boolean withBaseline) {
        Selection selection = select(questions, split, articles(index));
        EvalReport report = new Evaluator(service, index, locale).run(selection.questions());
        Optional<EvalReport> baseline = Optional.empty();
        if (withBaseline) {
            try (PlainBm25Baseline plain = new PlainBm25Baseline(index)) {
                baseline = Optional.of(plain.run(selection.questions()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Outcome(selection, locale, report, baseline);
    }
}
