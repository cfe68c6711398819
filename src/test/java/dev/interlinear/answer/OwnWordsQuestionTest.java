package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.config.Settings;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.index.SentenceSignals;
import dev.interlinear.quantity.QuantityExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How readers ask about the sample in their own words: they name a unit the article writes as a symbol ("Gigawatt"
 * for "6 GW"), ask what something costs ("Was kostet ...?") and refer to the article itself ("laut dem Artikel").
 */
class OwnWordsQuestionTest {

    @TempDir
    Path dir;

    private App app;

    @BeforeEach
    void sample() {
        Settings settings = SampleCorpus.settings(SampleCorpus.ARTICLES, dir.resolve("data"))
                .withDictionaries(dir.resolve("no-dictionaries"))
                .withSpelling(dir.resolve("no-spelling"));
        app = new App(
                settings.withAnswer(new AnswerSettings(0, settings.answer().alternatives())));
    }

    @Test
    void givenTheSample_whenAUnitIsAskedByItsName_thenTheSentenceWithItsSymbolAnswersAsSurelyAsWithTheSymbol()
            throws IOException {
        // GIVEN the sample, whose German AMD sentence says "6 GW", never "Gigawatt"
        // WHEN the question names the unit, and when it writes the symbol
        Answer named = ask("Wie viele Gigawatt hat OpenAI mit AMD vereinbart?");
        Answer symbol = ask("Wie viele GW hat OpenAI mit AMD vereinbart?");

        // THEN the AMD sentence answers both, nearly as surely (the name no longer reads as a word the article lacks)
        assertThat(named.sentence()).contains("6 GW", "AMD");
        assertThat(symbol.sentence()).isEqualTo(named.sentence());
        assertThat(named.score())
                .isGreaterThan(0.75)
                .isCloseTo(symbol.score(), org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void givenTheSample_whenAskedWhatAGigawattCostsAccordingToTheArticle_thenTheSentenceStatingThePriceAnswers()
            throws IOException {
        // GIVEN the sample: "(1 GW Rechenleistung bedeutet Ausgaben von 50 Milliarden US-Dollar ...)" is in the Oracle
        // sentence; the AMD sentence states gigawatts without a sum
        // WHEN a reader asks what a gigawatt costs, "according to the article", which never calls itself so
        Answer answer = ask("Was kostet ein Gigawatt laut dem Artikel?");
        Answer plain = ask("Was kostet ein Gigawatt?");

        // THEN the sentence with the sum answers, and the reference to the article changes nothing
        assertThat(answer.sentence()).contains("1 GW Rechenleistung bedeutet Ausgaben von 50 Milliarden");
        assertThat(answer.score()).isEqualTo(plain.score());
    }

    @Test
    void givenArticlesThatUseAWordReadersReferToTheTextBy_whenAsked_thenTheWordIsKeptOnlyThere() throws IOException {
        // GIVEN an article that speaks of an author, and the sample, which never says "article" nor "author"
        Path articles = dir.resolve("books");
        Files.createDirectories(articles.resolve("report"));
        Files.writeString(
                articles.resolve("report/en.txt"),
                "The annual report was published in May. Its author is the economist Jane Doe, who wrote it alone.\n");
        Files.writeString(articles.resolve("report/article.yaml"), "titles: { en: \"Report\" }\n");
        QuestionAnalyzer questions = new QuestionAnalyzer(
                new LanguageAnalyzers(), new Interrogatives(), new SentenceSignals(new QuantityExtractor()));

        try (SampleCorpus books = SampleCorpus.open(articles, dir.resolve("books-data"));
                SentenceIndex sample =
                        app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            // WHEN the same kind of question is analysed against each
            AnalyzedQuestion aboutTheAuthor = questions.analyze(
                    "According to the article, who is the author of the report?", "en", books.index());
            AnalyzedQuestion aboutTheSample =
                    questions.analyze("According to the article, what did the author say about AMD?", "en", sample);

            // THEN "author" stays where the article uses it; a word no sentence has is the reader speaking of the text
            assertThat(aboutTheAuthor.words())
                    .extracting(QueryWord::folded)
                    .contains("author", "report")
                    .doesNotContain("article", "according");
            assertThat(aboutTheSample.words()).extracting(QueryWord::folded).containsExactly("say", "amd");
            // a unit's name written as a name is the name
            assertThat(questions
                            .analyze("What did James Watt say about AMD?", "en", sample)
                            .words())
                    .filteredOn(w -> w.folded().equals("watt"))
                    .singleElement()
                    .extracting(QueryWord::unit)
                    .isEqualTo(dev.interlinear.quantity.Unit.NONE);
        }
    }

    private Answer ask(String question) throws IOException {
        try (SentenceIndex index =
                app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            return app.answerService(index)
                    .ask(AskRequest.of(question).withUserLocale("de"))
                    .answer()
                    .orElseThrow();
        }
    }
}
