package dev.interlinear.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI contract of DESIGN.md: exit codes, one-line errors, JSON and metrics output. The sample articles
 * are indexed once into this class's own data folder (never the repository's data/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {

    private static final Path ARTICLES = Path.of("config/articles").toAbsolutePath();
    private static final Path DEV_QUESTIONS = Path.of("eval/dev-questions.jsonl");

    /** One folder for the whole class, so the sample articles are indexed only once. */
    private Path tmp;

    private String config;

    @BeforeAll
    void writeSharedConfig(@TempDir Path dir) throws IOException {
        tmp = dir;
        config = writeConfig(tmp.resolve("shared-data")).toString();
    }

    private Path writeConfig(Path dataDir) throws IOException {
        Path file = Files.createTempFile(tmp, "interlinear", ".yaml");
        Files.writeString(file, "corpus: '" + ARTICLES + "'\ndata-dir: '" + dataDir.toAbsolutePath() + "'\n");
        return file;
    }

    private record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Errors are one line on standard error, prefixed with the program's name, without a stack trace. */
    private static void assertOneLineError(Run r) {
        assertThat(r.err().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("interlinear: "));
        assertThat(r.err()).doesNotContain("at dev.", "Exception");
    }

    // --- bot

    @Test
    void givenNoDiscordToken_whenTheBotIsStarted_thenExitTwoWithHowToGetOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getenv("DISCORD_TOKEN") == null, "needs DISCORD_TOKEN unset, as on CI");

        Run r = run("bot", "--config", config);

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
        assertThat(r.err()).contains("DISCORD_TOKEN is not set").contains("discord.com/developers/applications");
    }

    // --- ask

    @Test
    void givenAGermanQuestion_whenAskedForJson_thenExitZeroAndTheAnswerJson() throws IOException {
        Run r = run("ask", "--config", config, "--json", "Was äußerte C.C. Wei?");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("answered").booleanValue()).isTrue();
        assertThat(json.get("language").asText()).isEqualTo("de");
        assertThat(json.at("/answer/sentence").asText()).contains("Altman ist zu aggressiv");
        assertThat(json.at("/answer/link").asText()).contains("/articles/openai-compute/de#s");
    }

    @Test
    void givenAQuestionAsSeveralWords_whenAsked_thenTheyAreJoinedAndAnsweredInPlainText() {
        Run r = run("ask", "--config", config, "Was", "äußerte", "C.C.", "Wei?");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Altman ist zu aggressiv").contains("/articles/openai-compute/de#s");
    }

    @Test
    void givenAnEmptyQuestion_whenAsked_thenExitTwoAndOneLineOnStandardError() {
        Run r = run("ask", "--config", config, "");

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void givenAnUnsupportedLanguage_whenAsked_thenExitTwoNamingIt() {
        Run r = run("ask", "--config", config, "--lang", "xx", "hello");

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
        assertThat(r.err()).contains("'xx'");
    }

    @Test
    void givenAMissingCorpusFolder_whenAsked_thenExitTwoNamingIt() {
        Run r = run("ask", "--config", config, "--corpus", "/nonexistent", "x");

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
        assertThat(r.err()).contains("/nonexistent");
    }

    @Test
    void givenAnUnknownOption_whenRun_thenExitTwo() {
        Run r = run("ask", "--config", config, "--frobnicate", "x");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate").doesNotContain("at dev.");
    }

    @Test
    void givenNoCommand_whenRun_thenExitTwo() {
        Run r = run();

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("ask").doesNotContain("at dev.");
    }

    @Test
    void givenVerbose_whenAnErrorOccurs_thenTheStackTraceIsShown() {
        Run r = run("ask", "--config", config, "--verbose", "--lang", "xx", "hello");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("at dev.interlinear.");
    }

    // --- eval

    @Test
    void givenTheDevQuestions_whenEvaluated_thenExitZeroAndTheLastLineIsTheMetrics() {
        Run r = run("eval", "--config", config, DEV_QUESTIONS.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(24 + 1 + 3 + 1); // per question, the split, per language (de, en, pt), the metrics
        assertThat(lines.getLast())
                .matches("hit@1 \\d\\.\\d{3}  mrr@5 \\d\\.\\d{3}  declined \\d+/\\d+  wrong-language \\d+  n=24");
    }

    @Test
    void givenTheDevQuestions_whenEvaluatedAsJson_thenTheMetricsAndOneResultPerQuestion() throws IOException {
        Run r = run("eval", "--config", config, "--json", DEV_QUESTIONS.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.has("hit_at_1")).isTrue();
        assertThat(json.get("hit_at_1").isNumber()).isTrue();
        assertThat(json.get("mrr_at_5").isNumber()).isTrue();
        assertThat(json.get("declined").isInt()).isTrue();
        assertThat(json.get("unanswerable").isInt()).isTrue();
        assertThat(json.get("wrong_language").isInt()).isTrue();
        assertThat(json.get("n").intValue()).isEqualTo(24);
        assertThat(json.get("results")).hasSize(24).allSatisfy(result -> {
            assertThat(result.has("id")).isTrue();
            assertThat(result.has("rank")).isTrue();
            assertThat(result.get("rank").isNull() || result.get("rank").isInt())
                    .isTrue();
            assertThat(result.get("answered").isBoolean()).isTrue();
            assertThat(result.has("lang")).isTrue();
            assertThat(result.has("sentence")).isTrue();
        });
        assertThat(json.get("results").get(0).get("id").asText()).isEqualTo("d-de-01");
    }

    @Test
    void givenAQuestionFileWithABrokenLine_whenEvaluated_thenExitTwoNamingTheLine() throws IOException {
        Path file = tmp.resolve("broken.jsonl");
        Files.writeString(file, """
                {"id":"ok","lang":"de","question":"Was äußerte C.C. Wei?","expect":["Altman"]}
                {"id":"broken","lang":"de","question":
                """);

        Run r = run("eval", "--config", config, file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
        assertThat(r.err()).contains("broken.jsonl:2");
    }

    @Test
    void givenAMissingQuestionFile_whenEvaluated_thenExitTwo() {
        Run r = run("eval", "--config", config, tmp.resolve("none.jsonl").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
    }

    // --- index

    @Test
    void givenAFreshDataFolder_whenIndexedTwice_thenTheSecondRunSaysUpToDate() throws IOException {
        String own = writeConfig(tmp.resolve("index-data")).toString();

        Run first = run("index", "--config", own);
        Run second = run("index", "--config", own);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("indexed ").contains("1 article(s)");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("index is up to date");
    }

    @Test
    void givenADataFolderThatIsAFile_whenIndexed_thenExitOneWithOneLine() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("data-file"), "x");

        Run r = run("index", "--config", writeConfig(notAFolder).toString());

        assertThat(r.exit()).isEqualTo(1);
        assertOneLineError(r);
    }

    // --- configuration

    @Test
    void givenAConfigFileWithAnUnknownKey_whenRun_thenExitTwoNamingTheKey() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "data-dir: '" + tmp + "'\nweb:\n  colour: blue\n");

        Run r = run("ask", "--config", bad.toString(), "hello");

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
        assertThat(r.err()).contains("web.colour");
    }

    @Test
    void givenAConfigFileThatDoesNotExist_whenRun_thenExitTwoNamingIt() {
        Run r = run("index", "--config", tmp.resolve("nope.yaml").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r);
        assertThat(r.err()).contains("nope.yaml");
    }
}
