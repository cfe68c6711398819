package dev.interlinear.eval;

import dev.interlinear.language.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of one language of a run (DESIGN.md, Question files): answerable and unanswerable questions
 * are counted apart, so that declining everything does not look like a good score.
 *
 * @param lang          the primary language of the questions ({@code und} for questions without one)
 * @param n             questions in this language
 * @param answerable    those the corpus answers
 * @param hitsAt1       answerable questions whose answer holds the expected sentence (a decline is a miss)
 * @param reciprocalRanks sum over the answerable questions of 1/rank for a rank of at most 5
 * @param unanswerable  questions the corpus does not answer
 * @param declined      unanswerable questions declined
 * @param wrongLanguage answered from another language although the article has the question's
 */
public record LanguageFigures(
        String lang,
        int n,
        int answerable,
        int hitsAt1,
        double reciprocalRanks,
        int unanswerable,
        int declined,
        int wrongLanguage) {

    /** The tag of questions that give no language. */
    public static final String UNDETERMINED = "und";

    /** The figures per primary language of the question ({@code lang} field), languages in alphabetical order. */
    public static Map<String, LanguageFigures> byLanguage(List<EvalResult> results) {
        Map<String, List<EvalResult>> groups = results.stream()
                .collect(Collectors.groupingBy(r -> languageOf(r.question()), TreeMap::new, Collectors.toList()));
        Map<String, LanguageFigures> out = new TreeMap<>();
        groups.forEach((lang, rs) -> out.put(lang, of(lang, rs)));
        return out;
    }

    /** The figures of a group of results, all counted as one language. */
    public static LanguageFigures of(String lang, List<EvalResult> results) {
        int answerable = 0;
        int hits = 0;
        double reciprocal = 0;
        int unanswerable = 0;
        int declined = 0;
        int wrong = 0;
        for (EvalResult r : results) {
            if (r.question().answerable()) {
                answerable++;
                int rank = r.rank().orElse(0);
                hits += rank == 1 ? 1 : 0;
                reciprocal += rank >= 1 && rank <= 5 ? 1.0 / rank : 0;
            } else {
                unanswerable++;
                declined += r.answered() ? 0 : 1;
            }
            wrong += r.wrongLanguage() ? 1 : 0;
        }
        return new LanguageFigures(lang, results.size(), answerable, hits, reciprocal, unanswerable, declined, wrong);
    }

    static String languageOf(EvalQuestion q) {
        String base = Languages.base(q.lang());
        return base.isEmpty() ? UNDETERMINED : base;
    }

    /** Share of the answerable questions answered right at rank 1; empty when there are none. */
    public OptionalDouble answerableHitAt1() {
        return answerable == 0 ? OptionalDouble.empty() : OptionalDouble.of(hitsAt1 / (double) answerable);
    }

    /** Mean reciprocal rank (cut at 5) over the answerable questions; empty when there are none. */
    public OptionalDouble mrrAt5() {
        return answerable == 0 ? OptionalDouble.empty() : OptionalDouble.of(reciprocalRanks / answerable);
    }

    /** Share of the unanswerable questions declined; empty when there are none. */
    public OptionalDouble declinedShare() {
        return unanswerable == 0 ? OptionalDouble.empty() : OptionalDouble.of(declined / (double) unanswerable);
    }

    /**
     * One line of plain output, e.g.
     * {@code en  answerable hit@1 0.760 (378/497)  mrr@5 0.801  declined 40/51  wrong-language 0  n=548}.
     */
    public String line() {
        return String.format(
                Locale.ROOT,
                "%-3s answerable hit@1 %s (%d/%d)  mrr@5 %s  declined %d/%d  wrong-language %d  n=%d",
                lang,
                format(answerableHitAt1()),
                hitsAt1,
                answerable,
                format(mrrAt5()),
                declined,
                unanswerable,
                wrongLanguage,
                n);
    }

    static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
    }
}
