package dev.interlinear.eval;

import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.language.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Runs a question file through the answer service. No explicit language is ever passed: the reply language
 * is chosen as for a Discord user, and language detection is part of what is measured. The asker's locale is
 * by default the question's {@code lang}, as Discord would pass it; {@link AskerLocale} sets another one for
 * every question, or none.
 */
public final class Evaluator {

    private final AnswerService service;
    private final SentenceIndex index;
    private final AskerLocale locale;

    /** Each question's {@code lang} as its asker's locale. */
    public Evaluator(AnswerService service, SentenceIndex index) {
        this(service, index, AskerLocale.QUESTION_LANGUAGE);
    }

    public Evaluator(AnswerService service, SentenceIndex index, AskerLocale locale) {
        this.service = service;
        this.index = index;
        this.locale = locale;
    }

    public EvalReport run(List<EvalQuestion> questions) {
        List<EvalResult> results = new ArrayList<>();
        for (EvalQuestion q : questions) {
            results.add(evaluate(q));
        }
        return new EvalReport(results);
    }

    private EvalResult evaluate(EvalQuestion q) {
        AnswerResult r = service.ask(
                AskRequest.of(q.question()).withUserLocale(locale.forQuestion(q).orElse(null)));
        List<String> ranked = new ArrayList<>();
        r.answer().ifPresent(a -> ranked.add(a.sentence()));
        r.alternatives().forEach(a -> ranked.add(a.sentence()));
        OptionalInt rank = OptionalInt.empty();
        if (!q.answerable()) {
            if (!r.answered()) {
                rank = OptionalInt.of(1);
            }
        } else if (r.answered()) {
            for (int i = 0; i < ranked.size(); i++) {
                if (matches(ranked.get(i), q.expect())) {
                    rank = OptionalInt.of(i + 1);
                    break;
                }
            }
        }
        boolean wrongLanguage = r.answer()
                .filter(a -> wrongLanguage(index, q, a.article(), a.lang()))
                .isPresent();
        return new EvalResult(
                q,
                rank,
                r.answered(),
                r.answer().map(a -> a.lang()),
                r.answer().map(a -> a.sentence()),
                r.answer().map(a -> a.score()),
                wrongLanguage);
    }

    /** Whether an answer from this translation is in another language although the article has the question's. */
    static boolean wrongLanguage(SentenceIndex index, EvalQuestion q, String article, String answeredLang) {
        return !q.lang().isEmpty()
                && !Languages.base(answeredLang).equals(Languages.base(q.lang()))
                && index.hasTranslation(article, Languages.base(q.lang()));
    }

    /** Whitespace collapsed, case-insensitive containment, as DESIGN.md defines a hit. */
    static boolean matches(String sentence, List<String> expect) {
        String s = normalise(sentence);
        return expect.stream().anyMatch(e -> s.contains(normalise(e)));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
