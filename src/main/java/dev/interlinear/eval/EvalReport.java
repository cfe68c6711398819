package dev.interlinear.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The metrics of a run over a question file (DESIGN.md, Question files). */
public record EvalReport(List<EvalResult> results) {
    public EvalReport {
        results = List.copyOf(results);
    }

    public int n() {
        return results.size();
    }

    public double hitAt1() {
        return results.isEmpty()
                ? 0
                : results.stream().filter(r -> r.rank().orElse(0) == 1).count() / (double) n();
    }

    public double mrrAt5() {
        return results.isEmpty()
                ? 0
                : results.stream()
                                .mapToDouble(
                                        r -> r.rank().isPresent() && r.rank().getAsInt() <= 5
                                                ? 1.0 / r.rank().getAsInt()
                                                : 0)
                                .sum()
                        / n();
    }

    public int unanswerable() {
        return (int) results.stream().filter(r -> !r.question().answerable()).count();
    }

    public int declined() {
        return (int) results.stream()
                .filter(r -> !r.question().answerable() && !r.answered())
                .count();
    }

    public int wrongLanguage() {
        return (int) results.stream().filter(EvalResult::wrongLanguage).count();
    }

    /** The figures per language of the questions, in alphabetical order of the language. */
    public Map<String, LanguageFigures> byLanguage() {
        return LanguageFigures.byLanguage(results);
    }

    /** The closing line of plain output, e.g. {@code hit@1 0.917  mrr@5 0.944  declined 3/3  wrong-language 0  n=24}. */
    public String summaryLine() {
        return String.format(
                Locale.ROOT,
                "hit@1 %.3f  mrr@5 %.3f  declined %d/%d  wrong-language %d  n=%d",
                hitAt1(),
                mrrAt5(),
                declined(),
                unanswerable(),
                wrongLanguage(),
                n());
    }
}
