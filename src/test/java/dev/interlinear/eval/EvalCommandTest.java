package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on the command line: figures per language, the split, the asker's locale, the baseline beside
 * ours. The sample articles are indexed once into this class's own data folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalCommandTest {

    private static final Path ARTICLES = Path.of("config/articles").toAbsolutePath();
    private static final String DEV_QUESTIONS = "eval/dev-questions.jsonl";
    private static final String CLOSING_LINE =
            "hit@1 \\d\\.\\d{3}  mrr@5 \\d\\.\\d{3}  declined \\d+/\\d+  wrong-language \\d+  n=\\d+";
    private static final String LANGUAGE_LINE =
            "[a-z]{2,3} +answerable hit@1 (\\d\\.\\d{3}|-) \\(\\d+/\\d+\\)  mrr@5 (\\d\\.\\d{3}|-)  declined \\d+/\\d+  wrong-language \\d+  n=\\d+";

    private Path tmp;
    private String config;

    @BeforeAll
    void writeConfig(@TempDir Path dir) throws IOException {
        tmp = dir;
        Path file = dir.resolve("interlinear.yaml");
        Files.writeString(
                file,
                "corpus: '" + ARTICLES + "'\ndata-dir: '" + dir.resolve("data").toAbsolutePath() + "'\n");
        config = file.toString();
    }

    private CliRunner.Run eval(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "eval";
        all[1] = "--config";
        all[2] = config;
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.run(all);
    }

    @Test
    void givenTheDevQuestions_whenEvaluated_thenOneLinePerLanguageComesBeforeTheClosingLine() {
        CliRunner.Run r = eval(DEV_QUESTIONS);

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(24 + 1 + 3 + 1);
        assertThat(lines.get(24))
                .isEqualTo("split all: 1 of 1 articles, 24 of 24 questions; asker locale: question-lang");
        assertThat(lines.subList(25, 28))
                .allMatch(l -> l.matches(LANGUAGE_LINE))
                .extracting(l -> l.substring(0, 2))
                .containsExactly("de", "en", "pt");
        assertThat(lines.getLast()).matches(CLOSING_LINE);
    }

    @Test
    void givenTheBaseline_whenEvaluated_thenItsFiguresPerLanguageAndItsLineAreOnStandardError() {
        CliRunner.Run r = eval("--baseline", DEV_QUESTIONS);

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> err = r.err()
                .lines()
                .filter(l -> l.startsWith("plain BM25 baseline: "))
                .toList();
        assertThat(err).hasSize(4);
        assertThat(err.subList(0, 3))
                .allMatch(l -> l.substring("plain BM25 baseline: ".length()).matches(LANGUAGE_LINE));
        assertThat(err.getLast().substring("plain BM25 baseline: ".length())).matches(CLOSING_LINE);
        assertThat(r.out().lines().toList().getLast()).matches(CLOSING_LINE);
    }

    @Test
    void givenJsonAndTheBaseline_whenEvaluated_thenByLanguageForOursAndForTheBaseline() throws IOException {
        CliRunner.Run r = eval("--json", "--baseline", DEV_QUESTIONS);

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("n").intValue()).isEqualTo(24);
        assertThat(json.get("results")).hasSize(24);
        assertThat(json.get("asker_locale").asText()).isEqualTo("question-lang");
        assertThat(json.get("split").get("part").asText()).isEqualTo("all");
        assertThat(json.get("split").get("questions").intValue()).isEqualTo(24);
        for (JsonNode byLanguage :
                List.of(json.get("by_language"), json.get("baseline").get("by_language"))) {
            assertThat(byLanguage.properties()).extracting(e -> e.getKey()).containsExactly("de", "en", "pt");
            assertThat(byLanguage.get("de").get("answerable_hit_at_1").isNumber())
                    .isTrue();
            assertThat(byLanguage.get("de").get("mrr_at_5").isNumber()).isTrue();
            assertThat(byLanguage.get("de").get("declined").isInt()).isTrue();
            assertThat(byLanguage.get("de").get("unanswerable").intValue()).isEqualTo(1);
            assertThat(byLanguage.get("de").get("wrong_language").isInt()).isTrue();
            assertThat(byLanguage.get("de").get("n").intValue()).isEqualTo(10);
        }
        assertThat(json.get("baseline").get("n").intValue()).isEqualTo(24);
        assertThat(json.get("baseline").has("results")).isFalse();
    }

    @Test
    void givenTheFitPart_whenEvaluated_thenOnlyTheQuestionsWithoutAnArticleAreLeft() throws IOException {
        // The sample's one article is in the check part; the three unanswerable questions name no article.
        CliRunner.Run r = eval("--json", "--split", "fit", DEV_QUESTIONS);

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("split").get("articles").intValue()).isZero();
        assertThat(json.get("split").get("of_articles").intValue()).isEqualTo(1);
        assertThat(json.get("n").intValue()).isEqualTo(3);
        assertThat(json.get("results"))
                .extracting(n -> n.get("id").asText())
                .containsExactly("d-n-01", "d-n-02", "d-n-03");
    }

    @Test
    void givenALocale_whenAShortQuestionIsEvaluated_thenTheLocaleChoosesTheReplyLanguageUnlessTheQuestionHasItsOwn()
            throws IOException {
        Path file = tmp.resolve("short.jsonl");
        Files.writeString(file, """
                {"id":"s-1","lang":"pt","question":"Oracle?","article":"openai-compute","expect":["Oracle"]}
                {"id":"s-2","lang":"pt","question":"Oracle?","article":"openai-compute","expect":["Oracle"],"locale":"pt-BR"}
                """);

        CliRunner.Run asPortuguese = eval("--json", file.toString());
        CliRunner.Run asGerman = eval("--json", "--locale", "de", file.toString());

        assertThat(asGerman.exit()).as(asGerman.err()).isZero();
        JsonNode portuguese = new ObjectMapper().readTree(asPortuguese.out());
        JsonNode german = new ObjectMapper().readTree(asGerman.out());
        assertThat(portuguese.get("results"))
                .extracting(n -> n.get("lang").asText())
                .containsExactly("pt", "pt");
        assertThat(german.get("asker_locale").asText()).isEqualTo("de");
        assertThat(german.get("results"))
                .extracting(n -> n.get("lang").asText())
                .containsExactly("de", "pt");
        assertThat(german.get("by_language").get("pt").get("wrong_language").intValue())
                .isEqualTo(1);
    }

    @Test
    void givenFitSmallWithoutAModelFileOrWithFit_whenRun_thenExitTwoWithOneLineAndNothingWritten() {
        Path missing = tmp.resolve("no-such-model.json");
        CliRunner.Run noFile = eval("--fit-small", missing.toString(), DEV_QUESTIONS);
        CliRunner.Run both =
                eval("--fit", tmp.resolve("a.json").toString(), "--fit-small", missing.toString(), DEV_QUESTIONS);

        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err().strip())
                .isEqualTo("interlinear: --fit-small writes into an existing model file (fit it with --fit first): "
                        + missing + " does not exist");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("interlinear: --fit and --fit-small are fitted one at a time");
        assertThat(missing).doesNotExist();
        assertThat(tmp.resolve("a.json")).doesNotExist();
    }

    @Test
    void givenABadSplitOrLocale_whenEvaluated_thenExitTwoWithOneLine() {
        CliRunner.Run split = eval("--split", "test", DEV_QUESTIONS);
        CliRunner.Run locale = eval("--locale", "not a tag", DEV_QUESTIONS);

        assertThat(split.exit()).isEqualTo(2);
        assertThat(split.err().strip()).isEqualTo("interlinear: split must be one of fit, check, all (not 'test')");
        assertThat(locale.exit()).isEqualTo(2);
        assertThat(locale.err().strip())
                .isEqualTo("interlinear: locale must be a language tag such as de or pt-BR, or none (not 'not a tag')");
    }
}
