package dev.interlinear.eval;

import java.util.List;
import java.util.Optional;

/**
 * One line of a question file (DESIGN.md, Question files).
 *
 * @param expect verbatim parts of a right sentence; empty when the corpus does not answer the question
 */
public record EvalQuestion(String id, String lang, String question, Optional<String> article, List<String> expect) {
    public EvalQuestion {
        expect = List.copyOf(expect);
    }

    public boolean answerable() {
        return !expect.isEmpty();
    }
}
