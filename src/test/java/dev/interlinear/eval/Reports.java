package dev.interlinear.eval;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Hand-made results, for tests of the metrics without an index. */
final class Reports {

    private Reports() {}

    /** An answerable question answered, the right sentence at {@code rank} (0: not among those returned). */
    static EvalResult answered(String id, String lang, int rank) {
        return new EvalResult(
                question(id, lang, List.of("right")),
                rank == 0 ? OptionalInt.empty() : OptionalInt.of(rank),
                true,
                Optional.of(lang),
                Optional.of("a sentence"),
                Optional.of(0.5),
                false);
    }

    /** An answerable question answered from another language's translation although its own exists. */
    static EvalResult answeredInWrongLanguage(String id, String lang, String answeredFrom) {
        return new EvalResult(
                question(id, lang, List.of("right")),
                OptionalInt.empty(),
                true,
                Optional.of(answeredFrom),
                Optional.of("a sentence"),
                Optional.of(0.5),
                true);
    }

    /** An answerable question declined. */
    static EvalResult declinedAnswerable(String id, String lang) {
        return new EvalResult(
                question(id, lang, List.of("right")),
                OptionalInt.empty(),
                false,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false);
    }

    /** A question the corpus does not answer, declined (a hit) or answered anyway. */
    static EvalResult unanswerable(String id, String lang, boolean declined) {
        return new EvalResult(
                question(id, lang, List.of()),
                declined ? OptionalInt.of(1) : OptionalInt.empty(),
                !declined,
                declined ? Optional.empty() : Optional.of(lang),
                declined ? Optional.empty() : Optional.of("a sentence"),
                declined ? Optional.empty() : Optional.of(0.45),
                false);
    }

    static EvalQuestion question(String id, String lang, List<String> expect) {
        return new EvalQuestion(id, lang, "question " + id + "?", Optional.of("article"), expect);
    }
}
