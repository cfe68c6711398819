package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.lexicon.DictdFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question in a language the sample lacks whose verb is inflected on both sides: the dictionary gives "firmar" →
 * "unterzeichnen", the asker writes "firmó", the German article "unterzeichnet". Hunspell's roots join them.
 */
class InflectedQuestionTest {

    private static final String QUESTION = "qué firmó openai con amd";

    @TempDir
    Path dir;

    @Test
    void givenSpellingDictionariesOfBothLanguages_whenAnInflectedVerbIsAsked_thenItIsTranslatedThroughItsRoots()
            throws IOException {
        // GIVEN a Spanish-German dictionary with the infinitives, and Spanish and German spelling dictionaries that
        // know "firmó" and "unterzeichnet" as forms of them
        Path dictionaries = dir.resolve("dictd");
        DictdFiles.write(dictionaries, "spa", "deu", Map.of("firmar", "unterzeichnen"));
        Path spelling = dir.resolve("hunspell");
        Files.createDirectories(spelling);
        Files.writeString(spelling.resolve("es_ES.aff"), "SET UTF-8\nSFX A Y 1\nSFX A ar ó ar\n");
        Files.writeString(spelling.resolve("es_ES.dic"), "4\nfirmar/A\nqué\ncon\nopenai\n");
        Files.writeString(spelling.resolve("de_DE.aff"), "SET UTF-8\nSFX A Y 1\nSFX A en et en\n");
        Files.writeString(spelling.resolve("de_DE.dic"), "1\nunterzeichnen/A\n");

        // WHEN the question is asked with them, and with the bilingual dictionary alone
        AnswerResult withRoots = ask(spelling, dictionaries, "with");
        AnswerResult without = ask(dir.resolve("no-spelling"), dictionaries, "without");

        // THEN the German AMD sentence answers, surer than when "firmó" is a word with no translation
        assertThat(withRoots.answered()).isTrue();
        assertThat(withRoots.answer().orElseThrow().sentence()).contains("AMD", "unterzeichnet");
        assertThat(withRoots.answer().orElseThrow().score())
                .isGreaterThan(without.answer().map(Answer::score).orElse(0.0) + 0.1);
    }

    private AnswerResult ask(Path spelling, Path dictionaries, String data) throws IOException {
        App app = new App(SampleCorpus.settings(SampleCorpus.ARTICLES, dir.resolve(data))
                .withSpelling(spelling)
                .withDictionaries(dictionaries));
        try (SentenceIndex index =
                app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            return app.answerService(index).ask(AskRequest.of(QUESTION).withUserLocale("es"));
        }
    }
}
