package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression thresholds on the development question set (a copy of ../shared/eval/dev-questions.jsonl). */
class DevQuestionsRegressionTest {

    static final double MIN_HIT_AT_1 = 0.90;

    @TempDir
    Path data;

    @Test
    void givenTheDevQuestions_whenEvaluated_thenHitAt1AndDeclinesAndLanguageHold() throws Exception {
        try (SampleCorpus sample = SampleCorpus.open(SampleCorpus.ARTICLES, data)) {
            EvalReport report = new Evaluator(sample.service(), sample.index())
                    .run(new QuestionFile().read(Path.of("eval/dev-questions.jsonl")));

            System.out.println("dev-questions: " + report.summaryLine());
            assertThat(report.n()).isEqualTo(24);
            assertThat(report.hitAt1()).isGreaterThanOrEqualTo(MIN_HIT_AT_1);
            assertThat(report.declined()).isEqualTo(report.unanswerable()).isPositive();
            assertThat(report.wrongLanguage()).isZero();
        }
    }
}
