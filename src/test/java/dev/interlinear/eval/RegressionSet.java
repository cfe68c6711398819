package dev.interlinear.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One public question set of {@code eval/regressions.yaml}: what to run and the figures it must keep.
 *
 * @param name        names the set in messages
 * @param corpus      the corpus folder the questions are asked of
 * @param questions   the question file
 * @param split       the part of the questions run
 * @param eachArticle whether each article is asked its own questions alone, as a corpus of its own
 * @param locale      the asker's locale of the run
 * @param needsDictionaries whether its figures were measured with the bilingual dictionaries installed (its
 *                          questions have no article in their language)
 * @param needsSpelling whether its figures were measured with the spelling dictionaries of its languages installed
 *                      (its questions have typing slips)
 * @param tolerance   how far a share (hit@1, declined) may fall below its expected value
 * @param expected    the figures per language
 */
public record RegressionSet(
        String name,
        Path corpus,
        Path questions,
        ArticleSplit split,
        boolean eachArticle,
        AskerLocale locale,
        boolean needsDictionaries,
        boolean needsSpelling,
        double tolerance,
        Map<String, Expected> expected) {

    public RegressionSet {
        expected = Collections.unmodifiableMap(new TreeMap<>(expected)); // languages in alphabetical order
    }

    /**
     * What one language must keep.
     *
     * @param n                 how many questions of the language are run (a changed set must be re-measured)
     * @param answerableHitAt1  share of the answerable questions right at rank 1; empty when there are none
     * @param declinedShare     share of the unanswerable questions declined; empty when there are none
     * @param wrongLanguage     how many answers may come from another language (never more)
     */
    public record Expected(int n, OptionalDouble answerableHitAt1, OptionalDouble declinedShare, int wrongLanguage) {}

    /** What fell: one message per figure below its expected value (beyond the tolerance); empty when all hold. */
    public List<String> check(EvalReport report) {
        List<String> failures = new ArrayList<>();
        Map<String, LanguageFigures> measured = report.byLanguage();
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            String lang = e.getKey();
            Expected want = e.getValue();
            LanguageFigures got = measured.get(lang);
            if (got == null) {
                failures.add(prefix(lang) + "no question in this language was run; expected n=" + want.n());
                continue;
            }
            if (got.n() != want.n()) {
                failures.add(prefix(lang) + "n=" + got.n() + " but expected n=" + want.n()
                        + ": the question set or the split changed; measure again and update eval/regressions.yaml");
                continue;
            }
            share(
                    failures,
                    lang,
                    "answerable hit@1",
                    want.answerableHitAt1(),
                    got.answerableHitAt1(),
                    got.answerable());
            share(failures, lang, "declined share", want.declinedShare(), got.declinedShare(), got.unanswerable());
            if (got.wrongLanguage() > want.wrongLanguage()) {
                failures.add(prefix(lang) + "wrong-language " + got.wrongLanguage() + " > expected "
                        + want.wrongLanguage() + " (may not rise)");
            }
        }
        for (String lang : measured.keySet()) {
            if (!expected.containsKey(lang)) {
                failures.add(prefix(lang) + "measured ("
                        + measured.get(lang).line().strip() + ") but eval/regressions.yaml has no figures for it");
            }
        }
        return failures;
    }

    /**
     * A share may fall by the tolerance, and always by one question: a build's threads may write the index in
     * another order, and a tie among Lucene's candidates then flips one answer now and then, which in a language
     * with five questions is 0.2 (seen: about one question in 2 000).
     */
    private void share(
            List<String> failures, String lang, String what, OptionalDouble want, OptionalDouble got, int questions) {
        if (want.isEmpty()) {
            return;
        }
        double allowed = Math.max(tolerance, questions > 0 ? 1.0 / questions : 0);
        if (got.isEmpty()) {
            failures.add(prefix(lang) + what + " expected " + LanguageFigures.format(want) + " but none measured");
        } else if (got.getAsDouble() < want.getAsDouble() - allowed - 1e-9) {
            failures.add(prefix(lang)
                    + String.format(
                            Locale.ROOT,
                            "%s %.3f < expected %.3f - allowed drop %.3f",
                            what,
                            got.getAsDouble(),
                            want.getAsDouble(),
                            allowed));
        }
    }

    private String prefix(String lang) {
        return name + " [" + lang + "]: ";
    }

    /** The measured figures as this set's {@code expected:} block of regressions.yaml, to paste when they rose. */
    public static String expectedYaml(EvalReport report) {
        StringBuilder out = new StringBuilder("    expected:\n");
        for (LanguageFigures f : report.byLanguage().values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "      %s: { n: %d, answerable_hit_at_1: %s, declined_share: %s, wrong_language: %d }%n",
                    f.lang(),
                    f.n(),
                    yamlShare(f.answerableHitAt1()),
                    yamlShare(f.declinedShare()),
                    f.wrongLanguage()));
        }
        return out.toString();
    }

    private static String yamlShare(OptionalDouble value) {
        // Rounded down, so that the figure just measured passes its own check.
        return value.isPresent()
                ? String.format(Locale.ROOT, "%.3f", Math.floor(value.getAsDouble() * 1000 + 1e-9) / 1000)
                : "null";
    }
}
