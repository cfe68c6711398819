package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import dev.interlinear.index.Fields;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.index.ScoredSentence;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.index.SentenceSignals;
import dev.interlinear.quantity.QuantityExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence is read in its passage (the sentence before it, its heading, its article's title), yet the opening
 * sentence that names the article's subject does not answer every question that names it too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PassageEvidenceTest {

    private SampleCorpus corpus;
    private QuestionAnalyzer questions;

    @BeforeAll
    void open(@TempDir Path dir) throws IOException {
        Path articles = dir.resolve("articles");
        article(articles.resolve("millau-viaduct"), "Millau Viaduct", """
                The Millau Viaduct is a cable-stayed bridge that spans the valley of the Tarn near Millau in \
                southern France.

                It was designed by the structural engineer Michel Virlogeux together with the architect Norman \
                Foster. Construction began in October 2001, and the bridge was opened to traffic on 16 December \
                2004. Building it cost about 394 million euros.

                The deck is 2,460 metres long and 32 metres wide. Seven concrete piers carry it. The highest pier \
                is 343 metres tall, more than any other bridge in the world. Each pier holds a steel mast with \
                eleven pairs of stay cables.

                Drivers pay a toll at a plaza north of the bridge. The toll goes to the private company that built \
                the viaduct and runs it under a concession of 75 years.
                """);
        article(articles.resolve("oresund-bridge"), "Øresund Bridge", """
                The Øresund Bridge is a combined railway and motorway bridge across the Øresund strait between \
                Denmark and Sweden.

                The bridge is 7,845 metres long, and a tunnel of four kilometres continues the link to Copenhagen. \
                Its two pylons are 204 metres high. It was opened on 1 July 2000 by Queen Margrethe II and King \
                Carl XVI Gustaf.
                """);
        corpus = SampleCorpus.open(articles, dir.resolve("data"));
        questions = new QuestionAnalyzer(
                new LanguageAnalyzers(), new Interrogatives(), new SentenceSignals(new QuantityExtractor()));
    }

    private static void article(Path dir, String title, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("en.txt"), text);
        Files.writeString(dir.resolve("article.yaml"), "titles: { en: \"" + title + "\" }\n");
    }

    @AfterAll
    void close() throws Exception {
        corpus.close();
    }

    /** The sentence ranked first, whatever the confidence: what is ranked first is tested here, not declines. */
    private String answer(String question) {
        SentenceIndex index = corpus.index();
        AnalyzedQuestion q = questions.analyze(question, "en", index);
        List<String> stems = q.words().stream().map(QueryWord::stem).toList();
        List<ScoredSentence> candidates = index.search(new CandidateQuery().build(q), 15, Fields.body("en"), stems);
        return new Ranker().rank(q, candidates).get(0).sentence().text();
    }

    @Test
    void givenAPossessive_whenAnalysed_thenTheWordIsTheNameNotTheEnding() {
        // "Øresund's" is one token; its folded surface must be "oresund" (what cognates and n-grams are matched
        // by, as in another translation), not the possessive's "s".
        AnalyzedQuestion q = questions.analyze("How long is Øresund's bridge?", "en", corpus.index());

        assertThat(q.words()).extracting(QueryWord::folded).contains("oresund").doesNotContain("s");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "How tall is the Millau Viaduct?|The highest pier is 343 metres tall",
                "Who designed the Millau Viaduct?|It was designed by the structural engineer Michel Virlogeux",
                "When was the Millau Viaduct opened to traffic?|opened to traffic on 16 December 2004",
                "How long is the Millau Viaduct?|The deck is 2,460 metres long",
                "Who runs the Millau Viaduct?|runs it under a concession of 75 years",
            })
    void givenQuestionsNamingTheArticlesSubject_whenAsked_thenEachGetsItsOwnSentenceNotTheOpeningOne(
            String question, String expected) {
        assertThat(answer(question)).contains(expected);
    }

    @Test
    void givenAQuestionTheOpeningSentenceAnswers_whenAsked_thenItIsStillTheAnswer() {
        assertThat(answer("Where is the Millau Viaduct?")).startsWith("The Millau Viaduct is a cable-stayed bridge");
    }

    @Test
    void givenASentenceThatNamesTheSubjectOnlyThroughItsPassage_whenAsked_thenTheTitleTellsTheArticlesApart() {
        // Both articles have a sentence "... metres long" that does not name its bridge.
        assertThat(answer("How long is the Øresund Bridge?")).startsWith("The bridge is 7,845 metres long");
    }
}
