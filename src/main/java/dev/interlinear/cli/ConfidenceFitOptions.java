package dev.interlinear.cli;

import dev.interlinear.app.App;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.config.Settings;
import dev.interlinear.eval.ArticleSplit;
import dev.interlinear.eval.ConfidenceFit;
import dev.interlinear.eval.ConfidenceModelFile;
import dev.interlinear.eval.ConfidenceSamples;
import dev.interlinear.eval.EvalQuestion;
import dev.interlinear.eval.QuestionFile;
import dev.interlinear.index.SentenceIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    boolean requested() {
        return model != null;
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

    /** Fits on the corpus of {@code settings} with {@code questions}, and on each --fit-set. */
    int run(Settings settings, Path questions, PrintWriter out, PrintWriter err) throws Exception {
        List<String[]> sets = new ArrayList<>();
        sets.add(new String[] {settings.corpus().toString(), questions.toString()});
        for (String pair : moreSets) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new UsageException("--fit-set takes CORPUS=FILE.jsonl, got " + pair);
            }
            sets.add(parts);
        }
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
                List<ConfidenceFit.Sample> found = ConfidenceSamples.collect(app.answerService(index), fitHalf);
                List<ConfidenceFit.Sample> off = ConfidenceSamples.collect(app.answerService(index), offTopic);
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
        StringBuilder command = new StringBuilder("java -jar target/interlinear.jar eval --fit ")
                .append(model)
                .append(" --corpus ")
                .append(sets.get(0)[0]);
        for (String pair : moreSets) {
            command.append(" --fit-set ").append(pair);
        }
        command.append(' ').append(questions);
        double threshold = ConfidenceFit.bestThreshold(fitted, apart ? same : samples);
        ConfidenceModelFile.write(model, fitted, fittedOther, threshold, command.toString(), described);
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
}
