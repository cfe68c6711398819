package dev.interlinear.cli;

import dev.interlinear.app.App;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.config.Settings;
import dev.interlinear.eval.ArticleSplit;
import dev.interlinear.eval.ArticlesAlone;
import dev.interlinear.eval.ConfidenceFit;
import dev.interlinear.eval.ConfidenceModelFile;
import dev.interlinear.eval.ConfidenceSamples;
import dev.interlinear.eval.EvalQuestion;
import dev.interlinear.eval.QuestionFile;
import dev.interlinear.index.SentenceIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import picocli.CommandLine.Option;

/**
 * {@code eval --fit MODEL.json}: fits the answer's confidence model on the fit half (by article) of one or more
 * question sets and writes it where {@code AnswerConfidence} reads it.
 */
final class ConfidenceFitOptions {

    /** Keeps the weights finite when one feature separates the samples; small beside thousands of samples. */
    static final double L2 = 1.0;
    /**
     * Off-topic questions asked of each corpus: enough to show the model questions about things a corpus never
     * names, few enough that a small corpus is not taught to decline everything.
     */
    static final int OFF_TOPIC_PER_SET = 40;
    /**
     * The forms the part for small corpora is fitted on: as written, as chat, and in other words. A server that loads
     * a few articles is asked by people who read them, in words of their own; the public questions, written from the
     * paragraph, seldom are. (The main part keeps the first two: in other words it answered more of the on-topic
     * questions that whole corpora do not answer, XQuAD holes check half declined 81 % → 70 % at the same threshold.)
     */
    static final Set<ConfidenceSamples.Form> SMALL_CORPUS_FORMS = EnumSet.allOf(ConfidenceSamples.Form.class);

    /** Fewer samples of sentences in another language than the question do not make a model of their own. */
    static final int MIN_OTHER_LANGUAGE_SAMPLES = 200;

    @Option(
            names = "--fit",
            paramLabel = "MODEL.json",
            description = "Fit the confidence model on the fit half of the question file (and of each --fit-set) "
                    + "and write it to MODEL.json (the shipped one: src/main/resources/answer/confidence-model.json).")
    Path model;

    @Option(
            names = "--fit-set",
            paramLabel = "CORPUS=FILE.jsonl",
            description = "A further corpus and question file to fit on (repeatable).")
    List<String> moreSets = new ArrayList<>();

    @Option(
            names = "--fit-small",
            paramLabel = "MODEL.json",
            description = "Fit the confidence model's part for small corpora (each fit-half article of the question "
                    + "file's corpus, and of each --fit-set, asked its own questions alone; sentences in the "
                    + "question's language) and write it into MODEL.json, keeping the rest of that file.")
    Path smallModel;

    boolean requested() {
        return model != null || smallModel != null;
    }

    /** The questions of the first set after set {@code i} whose articles set {@code i} never asks about. */
    private static List<EvalQuestion> otherArticles(List<String[]> sets, int i) {
        Set<String> articles = new HashSet<>();
        new QuestionFile()
                .read(Path.of(sets.get(i)[1]))
                .forEach(q -> q.article().ifPresent(articles::add));
        for (int k = 1; k < sets.size(); k++) {
            List<EvalQuestion> next = new QuestionFile().read(Path.of(sets.get((i + k) % sets.size())[1]));
            if (next.stream()
                    .noneMatch(q -> q.article().filter(articles::contains).isPresent())) {
                return next;
            }
        }
        return List.of();
    }

    private List<String[]> sets(Settings settings, Path questions) {
        List<String[]> sets = new ArrayList<>();
        sets.add(new String[] {settings.corpus().toString(), questions.toString()});
        for (String pair : moreSets) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new UsageException("--fit-set takes CORPUS=FILE.jsonl, got " + pair);
            }
            sets.add(parts);
        }
        return sets;
    }

    private String command(String option, Path file, List<String[]> sets) {
        StringBuilder command = new StringBuilder("java -jar target/interlinear.jar eval ")
                .append(option)
                .append(' ')
                .append(file)
                .append(" --corpus ")
                .append(sets.get(0)[0]);
        for (String pair : moreSets) {
            command.append(" --fit-set ").append(pair);
        }
        return command.append(' ').append(sets.get(0)[1]).toString();
    }

    /** Fits on the corpus of {@code settings} with {@code questions}, and on each --fit-set. */
    int run(Settings settings, Path questions, PrintWriter out, PrintWriter err) throws Exception {
        if (smallModel != null) {
            if (model != null) {
                throw new UsageException("--fit and --fit-small are fitted one at a time");
            }
            return runSmall(settings, questions, out, err);
        }
        List<String[]> sets = sets(settings, questions);
        List<ConfidenceFit.Sample> samples = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            String[] set = sets.get(i);
            // Nothing declined while fitting: the model learns from the sentence the ranking puts first.
            Settings local = settings.withCorpus(Path.of(set[0]))
                    .withAnswer(new AnswerSettings(0, settings.answer().alternatives()));
            App app = new App(local);
            List<EvalQuestion> fitHalf = new QuestionFile()
                    .read(Path.of(set[1])).stream()
                            .filter(ArticleSplit.FIT::contains)
                            .toList();
            // The questions of the next set about other articles, asked of this corpus: none is answered here. Such
            // off-topic questions are what a bot in a chat gets most, and the public sets hold none. (A set over the
            // same articles, such as the same questions without one translation, is passed over.)
            List<EvalQuestion> offTopic = otherArticles(sets, i).stream()
                    .filter(ArticleSplit.FIT::contains)
                    .map(q -> new EvalQuestion(q.id(), q.lang(), q.question(), q.article(), List.of()))
                    .limit(OFF_TOPIC_PER_SET)
                    .toList();
            try (SentenceIndex index = app.openIndex(local.corpus(), line -> {}).index()) {
                List<ConfidenceFit.Sample> found = ConfidenceSamples.collect(
                        app.answerService(index), fitHalf, ConfidenceSamples.WRITTEN_AND_CHAT);
                List<ConfidenceFit.Sample> off = ConfidenceSamples.collect(
                        app.answerService(index), offTopic, ConfidenceSamples.WRITTEN_AND_CHAT);
                samples.addAll(found);
                samples.addAll(off);
                described.add(set[1] + " on " + set[0] + ": " + fitHalf.size() + " questions of the fit half, "
                        + found.size() + " samples; " + offTopic.size() + " questions of the next set as off-topic, "
                        + off.size() + " samples");
                err.println("fitting on " + described.get(described.size() - 1));
                err.flush();
            }
        }
        // Sentences in another language than the question are fitted apart (AnswerConfidence): the same coverage
        // means more there. Too few of them (no set asks across languages) and they share the one model.
        List<ConfidenceFit.Sample> same =
                samples.stream().filter(x -> !x.otherLanguage()).toList();
        List<ConfidenceFit.Sample> other =
                samples.stream().filter(ConfidenceFit.Sample::otherLanguage).toList();
        boolean apart = other.size() >= MIN_OTHER_LANGUAGE_SAMPLES;
        ConfidenceFit.Model fitted = new ConfidenceFit(L2).fit(apart ? same : samples);
        Optional<ConfidenceFit.Model> fittedOther =
                apart ? Optional.of(new ConfidenceFit(L2).fit(other)) : Optional.empty();
        double threshold = ConfidenceFit.bestThreshold(fitted, apart ? same : samples);
        ConfidenceModelFile.write(model, fitted, fittedOther, threshold, command("--fit", model, sets), described);
        out.printf(
                Locale.ROOT,
                "fitted on %d samples, log-loss %.4f; written to %s%n",
                fitted.samples(),
                fitted.logLoss(),
                model);
        fittedOther.ifPresent(o -> out.printf(
                Locale.ROOT,
                "sentences in another language than the question fitted apart: %d samples, log-loss %.4f%n",
                o.samples(),
                o.logLoss()));
        out.printf(
                Locale.ROOT,
                "the min-confidence of best value on the fit half (a wrong answer costs %.2f of a right one): %.2f%n",
                ConfidenceFit.WRONG_ANSWER_COST,
                threshold);
        out.flush();
        return 0;
    }

    /**
     * Fits the part for small corpora: each fit-half article of each set asked its own questions alone, with the
     * questions about the set's other fit-half articles as off-topic ones; written into the model file beside its
     * main part, with the sizes between which the two are mixed (the median sentences per language of the articles
     * alone, and of the whole corpora).
     */
    private int runSmall(Settings settings, Path questions, PrintWriter out, PrintWriter err) throws Exception {
        if (!Files.isRegularFile(smallModel)) {
            throw new UsageException("--fit-small writes into an existing model file (fit it with --fit first): "
                    + smallModel + " does not exist");
        }
        List<String[]> sets = sets(settings, questions);
        List<ConfidenceFit.Sample> samples = new ArrayList<>();
        List<String> described = new ArrayList<>();
        List<Integer> aloneSizes = new ArrayList<>();
        List<Integer> wholeSizes = new ArrayList<>();
        for (String[] set : sets) {
            Settings whole = settings.withCorpus(Path.of(set[0]));
            try (SentenceIndex index =
                    new App(whole).openIndex(whole.corpus(), line -> {}).index()) {
                wholeSizes.add(index.sentencesPerLanguage());
            }
            samples.addAll(eachArticle(settings, set, aloneSizes, described, err));
        }
        // Sentences in the question's language only: in another language the evidence is a dictionary's
        // translations, whose senses one article cannot tell apart ("where is OpenAI based?" and "basiert auf").
        List<ConfidenceFit.Sample> same =
                samples.stream().filter(x -> !x.otherLanguage()).toList();
        ConfidenceFit.Model fitted = new ConfidenceFit(L2).fit(same);
        int from = median(aloneSizes);
        int to = median(wholeSizes);
        if (to <= from) {
            throw new UsageException("the whole corpora (median " + to + " sentences per language) are no larger than "
                    + "their articles alone (" + from + "): nothing to tell small corpora apart by");
        }
        ConfidenceModelFile.writeSmallCorpus(
                smallModel, fitted, from, to, command("--fit-small", smallModel, sets), described);
        out.printf(
                Locale.ROOT,
                "small corpora (sentences in the question's language): fitted on %d samples, log-loss %.4f; alone up "
                        + "to %d sentences per language, mixed with the main part up to %d; written into %s%n",
                fitted.samples(),
                fitted.logLoss(),
                from,
                to,
                smallModel);
        out.flush();
        return 0;
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The samples of each fit-half article of a set asked alone; adds each article's size to {@code sizes}. */
    private static List<ConfidenceFit.Sample> eachArticle(
            Settings settings, String[] set, List<Integer> sizes, List<String> described, PrintWriter err)
            throws IOException {
        List<EvalQuestion> fitHalf = new QuestionFile()
                .read(Path.of(set[1])).stream()
                        .filter(ArticleSplit.FIT::contains)
                        .toList();
        List<ConfidenceFit.Sample> samples = new ArrayList<>();
        int articles = 0;
        int asked = 0;
        int offTopicAsked = 0;
        try (ArticlesAlone alone = ArticlesAlone.of(Path.of(set[0]))) {
            for (String id : alone.articles()) {
                List<EvalQuestion> about = ArticlesAlone.about(fitHalf, id);
                if (!ArticleSplit.FIT.containsArticle(id) || about.isEmpty()) {
                    continue;
                }
                List<EvalQuestion> others = fitHalf.stream()
                        .filter(q -> q.article().filter(id::equals).isEmpty())
                        .toList();
                // Spread over the file (its languages and articles), not its first lines.
                int stride = Math.max(1, others.size() / OFF_TOPIC_PER_SET);
                List<EvalQuestion> offTopic = IntStream.range(0, others.size())
                        .filter(k -> k % stride == 0)
                        .mapToObj(others::get)
                        .map(q -> new EvalQuestion(q.id(), q.lang(), q.question(), q.article(), List.of()))
                        .limit(OFF_TOPIC_PER_SET)
                        .toList();
                Settings local = settings.withCorpus(alone.corpusOf(id))
                        .withDataDir(alone.dataDir())
                        .withAnswer(new AnswerSettings(0, settings.answer().alternatives()));
                App app = new App(local);
                try (SentenceIndex index =
                        app.openIndex(local.corpus(), line -> {}).index()) {
                    samples.addAll(ConfidenceSamples.collect(app.answerService(index), about, SMALL_CORPUS_FORMS));
                    samples.addAll(ConfidenceSamples.collect(app.answerService(index), offTopic, SMALL_CORPUS_FORMS));
                    sizes.add(index.sentencesPerLanguage());
                }
                articles++;
                asked += about.size();
                offTopicAsked += offTopic.size();
            }
        }
        described.add(set[1] + " on each of the " + articles + " fit-half articles of " + set[0] + " alone: " + asked
                + " questions, " + offTopicAsked + " of other articles as off-topic, " + samples.size() + " samples");
        err.println("fitting on " + described.get(described.size() - 1));
        err.flush();
        return samples;
    }
}
