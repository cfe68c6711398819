package dev.interlinear.eval;

import java.util.List;
import java.util.Optional;

/**
 * One line of a question file (DESIGN.md, Question files).
 *
 * @param lang    the language the question is in (what wrong-language and the per-language figures count by)
 * @param expect  verbatim parts of a right sentence; empty when the corpus does not answer the question
 * @param locale  the asker's locale for this question, when the file gives one (optional {@code locale} field);
 *                otherwise the run decides ({@link AskerLocale})
 */
public record EvalQuestion(
        String id,
        String lang,
        String question,
        Optional<String> article,
        List<String> expect,
        Optional<String> locale) {
    public EvalQuestion {
        expect = List.copyOf(expect);
    }

    /** A question without a locale of its own. */
    public EvalQuestion(String id, String lang, String question, Optional<String> article, List<String> expect) {
        this(id, lang, question, article, expect, Optional.empty());
    }

    public boolean answerable() {
        return !expect.isEmpty();
    }
}
