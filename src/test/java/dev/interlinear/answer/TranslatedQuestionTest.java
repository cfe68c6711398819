package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.lexicon.DictdFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions in a language no article has, answered through a dictionary's translations of their words. */
class TranslatedQuestionTest {

    private static final String QUESTION = "What did OpenAI sign yesterday evening?";

    @TempDir
    Path dir;

    @Test
    void
            givenAnEnglishGermanDictionary_whenAnEnglishQuestionIsAskedOfTheGermanAndPortugueseSample_thenTheGermanSentenceAnswers()
                    throws IOException {
        // GIVEN the sample article (German and Portuguese only) and an English-German dictionary
        Path dictionaries = dir.resolve("dictd");
        DictdFiles.writeSampleEnglishGerman(dictionaries);

        // WHEN an English question is asked
        AnswerResult r = ask(dictionaries, dir.resolve("data"));

        // THEN the sentence with "gestern Abend ... unterzeichnet" answers it, from the German translation
        assertThat(r.answered()).isTrue();
        assertThat(r.fallback()).isTrue();
        assertThat(r.answer().orElseThrow().lang()).isEqualTo("de");
        assertThat(r.answer().orElseThrow().sentence()).contains("Gestern Abend", "AMD", "unterzeichnet");
    }

    @Test
    void givenNoDictionary_whenTheSameQuestionIsAsked_thenOnlyTheNameMatchesAndItIsDeclined() throws IOException {
        AnswerResult r = ask(dir.resolve("no-dictionaries"), dir.resolve("data"));

        assertThat(r.answered()).isFalse();
    }

    private static AnswerResult ask(Path dictionaries, Path dataDir) throws IOException {
        App app = new App(SampleCorpus.settings(SampleCorpus.ARTICLES, dataDir).withDictionaries(dictionaries));
        try (SentenceIndex index =
                app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            return app.answerService(index).ask(AskRequest.of(QUESTION));
        }
    }
}
