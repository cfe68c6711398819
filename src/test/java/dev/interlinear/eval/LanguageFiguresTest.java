package dev.interlinear.eval;

import static dev.interlinear.eval.Reports.answered;
import static dev.interlinear.eval.Reports.answeredInWrongLanguage;
import static dev.interlinear.eval.Reports.declinedAnswerable;
import static dev.interlinear.eval.Reports.unanswerable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LanguageFiguresTest {

    /**
     * German: 4 answerable (rank 1, rank 2, declined, wrong language) and 2 unanswerable (one declined).
     * English: 2 answerable at rank 1 and 6; Portuguese (as pt-BR): one unanswerable, declined.
     */
    private static final EvalReport REPORT = new EvalReport(List.of(
            answered("de-1", "de", 1),
            answered("de-2", "de", 2),
            declinedAnswerable("de-3", "de"),
            answeredInWrongLanguage("de-4", "de", "en"),
            unanswerable("de-5", "de", true),
            unanswerable("de-6", "de", false),
            answered("en-1", "en", 1),
            answered("en-2", "en", 6),
            unanswerable("pt-1", "pt-BR", true)));

    @Test
    void givenAHandMadeReport_whenGroupedByLanguage_thenEachLanguageHasItsOwnFiguresInAlphabeticalOrder() {
        Map<String, LanguageFigures> by = REPORT.byLanguage();

        assertThat(by.keySet()).containsExactly("de", "en", "pt");
        assertThat(by.get("de")).isEqualTo(new LanguageFigures("de", 6, 4, 1, 1.5, 2, 1, 1));
        assertThat(by.get("en")).isEqualTo(new LanguageFigures("en", 2, 2, 1, 1.0, 0, 0, 0));
        assertThat(by.get("pt")).isEqualTo(new LanguageFigures("pt", 1, 0, 0, 0, 1, 1, 0));
    }

    @Test
    void givenADeclinedAnswerableQuestion_whenCounted_thenItIsAMissNotADecline() {
        LanguageFigures de = REPORT.byLanguage().get("de");

        assertThat(de.answerableHitAt1()).hasValue(0.25);
        assertThat(de.declinedShare()).hasValue(0.5);
        assertThat(de.mrrAt5().getAsDouble()).isCloseTo((1 + 0.5) / 4, within(1e-12));
    }

    @Test
    void givenARankBeyondFive_whenMrrAt5IsComputed_thenItCountsNothing() {
        assertThat(REPORT.byLanguage().get("en").mrrAt5()).hasValue(0.5);
    }

    @Test
    void givenALanguageWithoutAnswerableQuestions_whenShown_thenItsSharesAreEmptyAndPrintedAsADash() {
        LanguageFigures pt = REPORT.byLanguage().get("pt");

        assertThat(pt.answerableHitAt1()).isEmpty();
        assertThat(pt.mrrAt5()).isEmpty();
        assertThat(pt.line()).isEqualTo("pt  answerable hit@1 - (0/0)  mrr@5 -  declined 1/1  wrong-language 0  n=1");
    }

    @Test
    void givenALanguage_whenShownAsALine_thenItHasHitAt1MrrDeclinedWrongLanguageAndN() {
        assertThat(REPORT.byLanguage().get("de").line())
                .isEqualTo("de  answerable hit@1 0.250 (1/4)  mrr@5 0.375  declined 1/2  wrong-language 1  n=6");
    }

    @Test
    void givenAQuestionWithoutLanguage_whenGrouped_thenItIsUndetermined() {
        EvalQuestion noLang = new EvalQuestion("x", "", "Oracle?", Optional.empty(), List.of());
        EvalReport report = new EvalReport(List.of(new EvalResult(
                noLang, OptionalInt.of(1), false, Optional.empty(), Optional.empty(), Optional.empty(), false)));

        assertThat(report.byLanguage()).containsOnlyKeys(LanguageFigures.UNDETERMINED);
    }

    @Test
    void givenTheReport_whenSummarised_thenTheClosingLineIsUnchangedByThePerLanguageFigures() {
        assertThat(REPORT.summaryLine()).isEqualTo("hit@1 0.444  mrr@5 0.500  declined 2/3  wrong-language 1  n=9");
    }
}
