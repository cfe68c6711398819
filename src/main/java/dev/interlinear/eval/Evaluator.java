package dev.interlinear.eval;

import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Runs a question file through the answer service. A question's {@code lang} is passed as the asker's
 * locale, as Discord would pass it, not as an explicit choice: language detection is part of what is
 * measured.
 */
public final class Evaluator {

    private final AnswerService service;
    private final SentenceIndex index;

    public Evaluator(AnswerService service, SentenceIndex index) {
        this.service = service;
        this.index = index;
    }

    public EvalReport run(List<EvalQuestion> questions) {
        List<EvalResult> results = new ArrayList<>();
        for (EvalQuestion q : questions) {
            results.add(evaluate(q));
        }
        return new EvalReport(results);
    }

    private EvalResult evaluate(EvalQuestion q) {
        AnswerResult r = service.ask(AskRequest.of(q.question()).withUserLocale(q.lang().isEmpty() ? null : q.lang()));
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
                .filter(a -> !q.lang().isEmpty() && !Languages.base(a.lang()).equals(Languages.base(q.lang())))
                .filter(a -> index.hasTranslation(a.article(), Languages.base(q.lang())))
                .isPresent();
        return new EvalResult(q, rank, r.answered(), r.answer().map(a -> a.lang()),
                r.answer().map(a -> a.sentence()), r.answer().map(a -> a.score()), wrongLanguage);
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
