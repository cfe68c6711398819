package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --each-article}: each article asked its own questions alone, as on a server that loads one
 * article; the figures put together.
 */
class EachArticleEvalTest {

    @TempDir
    Path dir;

    private Path corpus;
    private Path questions;
    private String config;

    @BeforeEach
    void writeCorpusAndQuestions() throws IOException {
        corpus = dir.resolve("articles");
        // GIVEN two articles; the second says "harbour cranes" more often than the first, which answers
        article(
                "alpha",
                "Alpha is a small port town. The harbour of Alpha has twelve cranes. The town is quiet in winter.");
        article("beta", "Beta is a city. Harbour cranes: the harbour has 40 harbour cranes. Its people fish.");
        questions = dir.resolve("questions.jsonl");
        Files.writeString(questions, """
                {"id": "q1", "lang": "en", "question": "How many harbour cranes are there?", "article": "alpha", "expect": ["twelve cranes"]}
                {"id": "q2", "lang": "en", "question": "What is Beta?", "article": "beta", "expect": ["Beta is a city"]}
                {"id": "q3", "lang": "en", "question": "What is the population of Canada?", "article": null, "expect": []}
                """);
        Path file = dir.resolve("interlinear.yaml");
        Files.writeString(
                file,
                "corpus: '" + corpus.toAbsolutePath() + "'\ndata-dir: '"
                        + dir.resolve("data").toAbsolutePath() + "'\nanswer:\n  min-confidence: 0\n");
        config = file.toString();
    }

    private void article(String id, String text) throws IOException {
        Path folder = Files.createDirectories(corpus.resolve(id));
        Files.writeString(folder.resolve("en.txt"), text);
    }

    private JsonNode eval(String... args) throws IOException {
        String[] all = new String[args.length + 5];
        all[0] = "eval";
        all[1] = "--config";
        all[2] = config;
        all[3] = "--json";
        System.arraycopy(args, 0, all, 4, args.length);
        all[all.length - 1] = questions.toString();
        CliRunner.Run r = CliRunner.run(all);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode result(JsonNode json, String id) {
        for (JsonNode r : json.get("results")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + id + " in " + json);
    }

    @Test
    void givenAQuestionAnotherArticleMatchesBetter_whenEachArticleIsAskedAlone_thenItsOwnArticleAnswersIt()
            throws IOException {
        // WHEN asked of the whole corpus, and of each article alone
        JsonNode whole = eval();
        JsonNode alone = eval("--each-article");

        // THEN the whole corpus answers from the other article's sentence; alone, the question's article answers
        assertThat(result(whole, "q1").get("rank").isNull()
                        || result(whole, "q1").get("rank").intValue() != 1)
                .as("the premise: the other article wins on the whole corpus")
                .isTrue();
        assertThat(result(alone, "q1").get("rank").intValue()).isEqualTo(1);
        assertThat(result(alone, "q2").get("rank").intValue()).isEqualTo(1);
    }

    @Test
    void givenAQuestionWithoutAnArticle_whenEachArticleIsAskedAlone_thenItIsLeftOutAndTheArticlesAreCounted()
            throws IOException {
        JsonNode alone = eval("--each-article");

        assertThat(alone.get("n").intValue()).isEqualTo(2);
        assertThat(alone.get("split").get("articles").intValue()).isEqualTo(2);
        assertThat(alone.get("split").get("of_articles").intValue()).isEqualTo(2);
        assertThat(alone.get("results")).extracting(r -> r.get("id").asText()).containsExactly("q1", "q2");
    }
}
