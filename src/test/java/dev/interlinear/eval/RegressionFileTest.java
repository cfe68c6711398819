package dev.interlinear.eval;

import static dev.interlinear.eval.Reports.answered;
import static dev.interlinear.eval.Reports.answeredInWrongLanguage;
import static dev.interlinear.eval.Reports.declinedAnswerable;
import static dev.interlinear.eval.Reports.unanswerable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegressionFileTest {

    private static final Path FILE = Path.of("eval/regressions.yaml");
    private static final Path BASE = Path.of("/repo");

    private static final String ONE_SET = """
            tolerance: 0.01
            sets:
              - name: tiny
                corpus: corpora/tiny
                questions: tiny.jsonl
                split: check
                expected:
                  de: { n: 4, answerable_hit_at_1: 0.5, declined_share: 1.0, wrong_language: 0 }
                  en: { n: 2, answerable_hit_at_1: 0.5, declined_share: null, wrong_language: 1 }
            """;

    private static RegressionFile.Regressions parse(String yaml) {
        return RegressionFile.parse(FILE, yaml, BASE);
    }

    @Test
    void givenAWellFormedFile_whenParsed_thenEachSetWithItsPathsSplitToleranceAndFigures() {
        RegressionFile.Regressions r = parse(ONE_SET);

        assertThat(r.tolerance()).isEqualTo(0.01);
        RegressionSet set = r.sets().getFirst();
        assertThat(set.name()).isEqualTo("tiny");
        assertThat(set.corpus()).isEqualTo(Path.of("/repo/corpora/tiny"));
        assertThat(set.questions()).isEqualTo(Path.of("/repo/tiny.jsonl"));
        assertThat(set.split()).isEqualTo(ArticleSplit.CHECK);
        assertThat(set.locale()).isEqualTo(AskerLocale.QUESTION_LANGUAGE);
        assertThat(set.eachArticle()).isFalse();
        assertThat(set.tolerance()).isEqualTo(0.01);
        assertThat(set.expected().get("de"))
                .isEqualTo(new RegressionSet.Expected(4, OptionalDouble.of(0.5), OptionalDouble.of(1.0), 0));
        assertThat(set.expected().get("en").declinedShare()).isEmpty();
    }

    @Test
    void givenTheCheckedInFile_whenRead_thenEverySetNamesAnExistingCorpusAndQuestionFile() {
        RegressionFile.Regressions r = RegressionFile.read(FILE, Path.of(""));

        assertThat(r.sets())
                .extracting(RegressionSet::name)
                .contains(
                        "xquad-dev-holes-fit",
                        "xquad-dev-holes-check",
                        "xquad-dev-more-fit",
                        "xquad-dev-more-check",
                        "debian-reference-fit",
                        "debian-reference-check",
                        "dev-questions");
        assertThat(r.sets()).allSatisfy(set -> {
            assertThat(set.corpus()).isDirectory();
            assertThat(set.questions()).isRegularFile();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tolerance: 0.01                                     | eval/regressions.yaml: sets: must be a non-empty list of sets
            tolerance: 2\\nsets: []                              | eval/regressions.yaml: tolerance: must be a number between 0 and 1 (not '2')
            sets: [ {} ]                                        | eval/regressions.yaml: tolerance: must be given, a number between 0 and 1
            tolerance: 0.01\\nthreshold: 1\\nsets: []             | eval/regressions.yaml: threshold: unknown key (known: sets, tolerance)
            tolerance: 0.01\\nsets: [ 3 ]                        | eval/regressions.yaml: sets[0]: must be a mapping
            tolerance: 0.01\\nsets: [ {name: a} ]                | eval/regressions.yaml: sets[0] (a).corpus: must be given as text
            tolerance: 0.01\\nsets: [ {name: a, corpus: c, questions: q, split: test} ] | eval/regressions.yaml: sets[0] (a).split: split must be one of fit, check, all (not 'test')
            tolerance: 0.01\\nsets: [ {name: a, corpus: c, questions: q, each_article: yes please} ] | eval/regressions.yaml: sets[0] (a).each_article: must be true or false
            tolerance: 0.01\\nsets: [ {name: a, corpus: c, questions: q} ] | eval/regressions.yaml: sets[0] (a).expected: must map each language to its figures, e.g. en: { n: 24, answerable_hit_at_1: 0.75, declined_share: null, wrong_language: 0 }
            tolerance: 0.01\\nsets: [ {name: a, corpus: c, questions: q, expected: {en: {n: 3}}} ] | eval/regressions.yaml: sets[0] (a).expected.en: 'answerable_hit_at_1' is missing (null when the language has no such question)
            tolerance: 0.01\\nsets: [ {name: a, corpus: c, questions: q, expected: {en: {n: 3, answerable_hit_at_1: high, declined_share: null, wrong_language: 0}}} ] | eval/regressions.yaml: sets[0] (a).expected.en.answerable_hit_at_1: must be a number between 0 and 1 or null (not 'high')
            tolerance: 0.01\\nsets: [ {name: a, corpus: c, questions: q, expected: {en: {n: 3, answerable_hit_at_1: 0.5, declined_share: null, wrong_language: -1}}} ] | eval/regressions.yaml: sets[0] (a).expected.en.wrong_language: must be a whole number of at least 0 (not '-1')
            tolerance: 0.01\\nsets: [ {name: a, corpus: c, questions: q, expected: {en: {n: 3, hit: 0.5}}} ] | eval/regressions.yaml: sets[0] (a).expected.en.hit: unknown key (known: answerable_hit_at_1, declined_share, n, wrong_language)
            """)
    void givenAMistake_whenParsed_thenTheMessageNamesTheFileAndTheKey(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void givenEachArticle_whenParsed_thenTheSetAsksEachArticleAlone() {
        RegressionSet set = parse(ONE_SET.replace("split: check", "split: check\n    each_article: true"))
                .sets()
                .getFirst();

        assertThat(set.eachArticle()).isTrue();
    }

    @Test
    void givenTwoSetsOfOneName_whenParsed_thenTheSecondIsNamed() {
        String twice = ONE_SET + ONE_SET.substring(ONE_SET.indexOf("  - name"));

        assertThatThrownBy(() -> parse(twice)).hasMessage("eval/regressions.yaml: sets[1].name: 'tiny' is used twice");
    }

    @Test
    void givenBrokenYaml_whenParsed_thenTheMessageSaysSoWithTheLine() {
        assertThatThrownBy(() -> parse("tolerance: 0.01\nsets:\n  - name: [unclosed\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("eval/regressions.yaml: not valid YAML (line ");
    }

    @Test
    void givenAMissingFile_whenRead_thenTheMessageNamesIt(@TempDir Path dir) {
        assertThatThrownBy(() -> RegressionFile.read(dir.resolve("none.yaml"), dir))
                .hasMessageStartingWith("cannot read " + dir.resolve("none.yaml"));
    }

    // --- the check of measured figures

    private static final RegressionSet TINY = parse(ONE_SET).sets().getFirst();

    @Test
    void givenFiguresAsExpected_whenChecked_thenNothingFell() {
        EvalReport report = new EvalReport(List.of(
                answered("de-1", "de", 1), declinedAnswerable("de-2", "de"),
                unanswerable("de-3", "de", true), unanswerable("de-4", "de", true),
                answered("en-1", "en", 1), answeredInWrongLanguage("en-2", "en", "de")));

        assertThat(TINY.check(report)).isEmpty();
    }

    @Test
    void givenFiguresThatRose_whenChecked_thenNothingFell() {
        EvalReport report = new EvalReport(List.of(
                answered("de-1", "de", 1), answered("de-2", "de", 1),
                unanswerable("de-3", "de", true), unanswerable("de-4", "de", true),
                answered("en-1", "en", 1), answered("en-2", "en", 1)));

        assertThat(TINY.check(report)).isEmpty();
    }

    @Test
    void givenFiguresThatFellByOneQuestion_whenChecked_thenTheyHold() {
        // One question of a language may flip between builds (a tie among Lucene's candidates): not a fall.
        EvalReport report = new EvalReport(List.of(
                declinedAnswerable("de-1", "de"), declinedAnswerable("de-2", "de"),
                unanswerable("de-3", "de", true), unanswerable("de-4", "de", false),
                answered("en-1", "en", 1), answeredInWrongLanguage("en-2", "en", "de")));

        assertThat(TINY.check(report)).isEmpty();
    }

    private static final String SIX_QUESTIONS = """
            tolerance: 0.01
            sets:
              - name: six
                corpus: corpora/six
                questions: six.jsonl
                split: check
                expected:
                  de: { n: 6, answerable_hit_at_1: 1.0, declined_share: 1.0, wrong_language: 0 }
            """;

    @Test
    void givenFiguresThatFellByTwoQuestions_whenChecked_thenOneClearMessagePerFigure() {
        EvalReport report = new EvalReport(List.of(
                answered("de-1", "de", 1),
                declinedAnswerable("de-2", "de"),
                declinedAnswerable("de-3", "de"),
                unanswerable("de-4", "de", true),
                unanswerable("de-5", "de", false),
                unanswerable("de-6", "de", false)));

        assertThat(parse(SIX_QUESTIONS).sets().getFirst().check(report))
                .containsExactly(
                        "six [de]: answerable hit@1 0.333 < expected 1.000 - allowed drop 0.333",
                        "six [de]: declined share 0.333 < expected 1.000 - allowed drop 0.333");
    }

    @Test
    void givenWrongLanguageThatRose_whenChecked_thenItFailsWhateverTheTolerance() {
        EvalReport report = new EvalReport(List.of(
                answered("de-1", "de", 1), answeredInWrongLanguage("de-2", "de", "en"),
                unanswerable("de-3", "de", true), unanswerable("de-4", "de", true),
                answered("en-1", "en", 1), answeredInWrongLanguage("en-2", "en", "de")));

        assertThat(TINY.check(report)).containsExactly("tiny [de]: wrong-language 1 > expected 0 (may not rise)");
    }

    @Test
    void givenAChangedQuestionSet_whenChecked_thenNAndTheMissingAndTheUnexpectedLanguagesAreNamed() {
        EvalReport report = new EvalReport(
                List.of(answered("de-1", "de", 1), unanswerable("de-2", "de", true), answered("fr-1", "fr", 1)));

        assertThat(TINY.check(report))
                .containsExactly(
                        "tiny [de]: n=2 but expected n=4: the question set or the split changed; measure again and update "
                                + "eval/regressions.yaml",
                        "tiny [en]: no question in this language was run; expected n=2",
                        "tiny [fr]: measured (fr  answerable hit@1 1.000 (1/1)  mrr@5 1.000  declined 0/0  wrong-language 0  n=1)"
                                + " but eval/regressions.yaml has no figures for it");
    }

    @Test
    void givenAReport_whenWrittenAsExpectedYaml_thenItParsesBackAndHoldsAgainstItself() {
        EvalReport report = new EvalReport(List.of(
                answered("de-1", "de", 1),
                answered("de-2", "de", 1),
                declinedAnswerable("de-3", "de"),
                unanswerable("de-4", "de", true),
                unanswerable("de-5", "de", false),
                unanswerable("de-6", "de", false)));
        String yaml = "tolerance: 0\nsets:\n  - name: again\n    corpus: c\n    questions: q\n"
                + RegressionSet.expectedYaml(report);

        RegressionSet again = parse(yaml).sets().getFirst();

        assertThat(again.expected().get("de"))
                .isEqualTo(new RegressionSet.Expected(6, OptionalDouble.of(0.666), OptionalDouble.of(0.333), 0));
        assertThat(again.check(report)).isEmpty();
    }
}
