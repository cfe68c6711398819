package dev.interlinear.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.answer.AnswerResult;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.serving.IndexGenerations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's edit takes effect, or the result names it as not taken: a warning is not a failure. */
class OperatorEditTest {

    private static final String QUESTION = "How many cranes does the harbour of Lindholm have?";

    @TempDir
    Path tmp;

    private Path articles() throws IOException {
        return Files.createDirectories(tmp.resolve("articles"));
    }

    private App app(Path articles) {
        return new App(SampleCorpus.settings(articles, tmp.resolve("data")), App.ModelLoading.ON_DEMAND);
    }

    private static Optional<String> answer(App app, SentenceIndex index) {
        AnswerResult result =
                app.answerService(index).ask(AskRequest.of(QUESTION).withExplicitLanguage("en"));
        return result.answer().map(a -> a.sentence());
    }

    @Test
    void givenAnArticleYamlWithAnUnknownKey_whenATranslationIsEditedAndOneAdded_thenBothEditsAreServed()
            throws IOException {
        // GIVEN an indexed article whose article.yaml carries an unknown key (a notice, not an error)
        Path articles = articles();
        Path harbour = Files.createDirectories(articles.resolve("harbour"));
        Files.writeString(harbour.resolve("article.yaml"), "titles: {en: \"Lindholm\"}\nfoo: 1\n");
        Files.writeString(harbour.resolve("en.txt"), "The harbour of Lindholm has 3 cranes. It is busy all year.\n");
        try (SentenceIndex first = app(articles).openIndex(articles, line -> {}).index()) {
            assertThat(first.size()).isEqualTo(2);
        }

        // WHEN the English text changes and a German translation is added
        Files.writeString(harbour.resolve("en.txt"), "The harbour of Lindholm has 7 cranes. It is busy all year.\n");
        Files.writeString(
                harbour.resolve("de.txt"), "Der Hafen von Lindholm hat 7 Kräne. Er ist das ganze Jahr belebt.\n");
        App app = app(articles);
        IndexGenerations.Opened opened = app.openIndex(articles, line -> {});

        // THEN both edits are taken, the notice is still named, and nothing is reported as not taken
        try (SentenceIndex index = opened.index()) {
            assertThat(opened.rebuilt()).isTrue();
            assertThat(opened.kept()).isEmpty();
            assertThat(opened.allTaken()).isTrue();
            assertThat(opened.problems()).singleElement().satisfies(p -> {
                assertThat(p.fileSkipped()).isFalse();
                assertThat(p.reason()).contains("unknown key 'foo'");
            });
            assertThat(index.languages()).contains("de", "en");
            assertThat(answer(app, index)).hasValueSatisfying(s -> assertThat(s).contains("7 cranes"));
        }
    }

    @Test
    void givenAnIndexedArticle_whenItsArticleYamlBreaksAndItsTextChanges_thenThePreviousVersionIsKeptAndNamed()
            throws IOException {
        // GIVEN an indexed article
        Path articles = articles();
        Path harbour = Files.createDirectories(articles.resolve("harbour"));
        Files.writeString(harbour.resolve("article.yaml"), "titles: {en: \"Lindholm\"}\n");
        Files.writeString(harbour.resolve("en.txt"), "The harbour of Lindholm has 3 cranes. It is busy all year.\n");
        app(articles).openIndex(articles, line -> {}).index().close();

        // WHEN article.yaml becomes invalid YAML while the text changes
        Files.writeString(harbour.resolve("article.yaml"), "titles: {en: \"Lindholm\"\n");
        Files.writeString(harbour.resolve("en.txt"), "The harbour of Lindholm has 7 cranes. It is busy all year.\n");
        App app = app(articles);
        IndexGenerations.Opened opened = app.openIndex(articles, line -> {});

        // THEN the previous version stays served, and the result says the edit was not taken
        try (SentenceIndex index = opened.index()) {
            assertThat(opened.kept()).containsExactly("harbour");
            assertThat(opened.allTaken()).isFalse();
            assertThat(answer(app, index)).hasValueSatisfying(s -> assertThat(s).contains("3 cranes"));
        }
        // AND a later open of the same folder still says so (index must keep failing until it is fixed)
        IndexGenerations.Opened again = app(articles).openIndex(articles, line -> {});
        try (SentenceIndex index = again.index()) {
            assertThat(again.rebuilt()).isFalse();
            assertThat(again.kept()).containsExactly("harbour");
            assertThat(again.allTaken()).isFalse();
        }
    }
}
