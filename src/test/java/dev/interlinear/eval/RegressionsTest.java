package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.App;
import dev.interlinear.config.Settings;
import dev.interlinear.config.SettingsLoader;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.lexicon.Dictionaries;
import dev.interlinear.lexicon.SpellingDictionaries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public question sets of {@code eval/regressions.yaml} (as Anserini keeps its regressions): each set is run
 * as {@code eval} runs it (same settings file, no environment overrides; each corpus indexed once into this
 * test's own data folder) and every figure per language must hold within the stated tolerance. The figures
 * measured are printed, so a rise shows and the file can be raised.
 */
class RegressionsTest {

    static final Path REGRESSIONS = Path.of("eval/regressions.yaml");

    @TempDir
    Path data;

    @Test
    void givenThePublicSets_whenEachIsEvaluated_thenNoFigurePerLanguageDropsBeyondTheTolerance() throws Exception {
        RegressionFile.Regressions regressions = RegressionFile.read(REGRESSIONS, Path.of(""));
        Settings configured = new SettingsLoader(name -> null).load(Path.of("config/interlinear.yaml"));
        App app = new App(configured);
        boolean withDictionaries = !Dictionaries.in(configured.dictionaries()).isEmpty();
        SpellingDictionaries spelling =
                new SpellingDictionaries(configured.spelling(), problem -> System.out.println("spelling: " + problem));
        Map<Path, List<RegressionSet>> byCorpus = new LinkedHashMap<>();
        List<RegressionSet> eachArticle = new ArrayList<>();
        for (RegressionSet set : regressions.sets()) {
            if (set.eachArticle()) {
                eachArticle.add(set);
            } else {
                byCorpus.computeIfAbsent(set.corpus(), c -> new ArrayList<>()).add(set);
            }
        }

        List<String> failures = new ArrayList<>();
        int corpusNumber = 0;
        for (Map.Entry<Path, List<RegressionSet>> corpus : byCorpus.entrySet()) {
            long started = System.nanoTime();
            Settings settings =
                    configured.withCorpus(corpus.getKey()).withDataDir(data.resolve("corpus-" + corpusNumber++));
            App forCorpus = app.withSettings(settings);
            try (SentenceIndex index =
                    forCorpus.openIndex(corpus.getKey(), line -> {}).index()) {
                double built = seconds(started);
                for (RegressionSet set : corpus.getValue()) {
                    if (skipped(set, configured, withDictionaries, spelling)) {
                        continue;
                    }
                    long setStarted = System.nanoTime();
                    List<EvalQuestion> questions = new QuestionFile().read(set.questions());
                    EvalRun.Outcome outcome = EvalRun.run(
                            forCorpus.answerService(index), index, questions, set.split(), set.locale(), false);
                    failures.addAll(
                            report(set, outcome, String.format(Locale.ROOT, "index %.1f s, ", built), setStarted));
                }
            }
        }
        for (RegressionSet set : eachArticle) {
            if (skipped(set, configured, withDictionaries, spelling)) {
                continue;
            }
            long setStarted = System.nanoTime();
            List<EvalQuestion> questions = new QuestionFile().read(set.questions());
            EvalRun.Outcome outcome = EvalRun.eachArticle(
                    set.corpus(), questions, set.split(), set.locale(), (corpus, dataDir, about) -> {
                        App forArticle =
                                app.withSettings(configured.withCorpus(corpus).withDataDir(dataDir));
                        try (SentenceIndex index =
                                forArticle.openIndex(corpus, line -> {}).index()) {
                            return EvalRun.run(
                                    forArticle.answerService(index),
                                    index,
                                    about,
                                    ArticleSplit.ALL,
                                    set.locale(),
                                    false);
                        }
                    });
            failures.addAll(report(set, outcome, "each article alone, indexed and ", setStarted));
        }
        assertThat(failures)
                .as("figures of eval/regressions.yaml that fell (raise a figure there only when it rose)")
                .isEmpty();
    }

    private static boolean skipped(
            RegressionSet set, Settings configured, boolean withDictionaries, SpellingDictionaries spelling) {
        if (set.needsDictionaries() && !withDictionaries) {
            System.out.printf(
                    "%n== %s: skipped, no bilingual dictionaries in %s (.ci/run installs them)%n",
                    set.name(), configured.dictionaries());
            return true;
        }
        if (set.needsSpelling() && !set.expected().keySet().stream().allMatch(spelling::covers)) {
            System.out.printf(
                    "%n== %s: skipped, not every language's spelling dictionary in %s (.ci/run installs them)%n",
                    set.name(), configured.spelling());
            return true;
        }
        return false;
    }

    /** Prints what a set measured and returns what fell. */
    private static List<String> report(RegressionSet set, EvalRun.Outcome outcome, String timing, long setStarted) {
        List<String> fell = set.check(outcome.report());
        System.out.printf(
                Locale.ROOT,
                "%n== %s: %s; asker locale %s (%squestions %.1f s)%n",
                set.name(),
                outcome.selection().line(),
                set.locale().label(),
                timing,
                seconds(setStarted));
        outcome.report().byLanguage().values().forEach(f -> System.out.println(f.line()));
        System.out.println(outcome.report().summaryLine());
        System.out.print(RegressionSet.expectedYaml(outcome.report()));
        System.out.println(fell.isEmpty() ? "holds" : "FELL:\n  " + String.join("\n  ", fell));
        return fell;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
