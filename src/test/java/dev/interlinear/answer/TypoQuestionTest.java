package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.App;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.config.Settings;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.lexicon.DictdFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chat questions with a typing slip in a word, read through a spelling dictionary. */
class TypoQuestionTest {

    /** "amdd": a slip of "AMD", which the sample names in both translations. */
    private static final String QUESTION = "o que a openai assinou com a amdd";

    @TempDir
    Path dir;

    @Test
    void givenAPortugueseSpellingDictionary_whenAWordHasASlip_thenItIsReadAsTheArticleWordAndAnswered()
            throws IOException {
        // GIVEN a Portuguese dictionary that does not know "amdd"
        Path spelling = dictionary("assinou", "que", "com");

        // WHEN the question is asked
        AnswerResult r = ask(spelling);

        // THEN it is answered with the AMD sentence of the Portuguese translation
        assertThat(r.answered()).isTrue();
        assertThat(r.answer().orElseThrow().lang()).isEqualTo("pt");
        assertThat(r.answer().orElseThrow().sentence()).contains("AMD", "assinou");
    }

    @Test
    void givenNoSpellingDictionary_whenTheSameQuestionIsAsked_thenTheUnknownWordLowersTheConfidence()
            throws IOException {
        // GIVEN the slip read as the article word through a dictionary, and taken as written without one
        double read = confidence(dictionary("assinou", "que", "com"));
        double asWritten = confidence(dir.resolve("no-spelling"));

        // THEN as written it is a word no sentence has, which weighs most of all: far less sure
        assertThat(asWritten).isLessThan(read - 0.3);
    }

    @Test
    void givenADictionaryThatKnowsTheWord_whenAsked_thenTheWordIsTakenAsWrittenAndLowersTheConfidence()
            throws IOException {
        // GIVEN "amdd" is a word of the language (as a real word the articles never use would be)
        double known = confidence(dictionary("assinou", "que", "com", "amdd"));
        double read = confidence(dictionary("assinou", "que", "com"));

        assertThat(known).isLessThan(read - 0.3);
    }

    @Test
    void givenAnEnglishQuestionOfTheGermanSample_whenAWordToTranslateHasASlip_thenItIsReadAsTheDictionaryWord()
            throws IOException {
        // GIVEN an English-German dictionary and an English spelling dictionary that does not know "signd"
        Path dictionaries = dir.resolve("dictd");
        DictdFiles.writeSampleEnglishGerman(dictionaries);
        Path spelling = dir.resolve("hunspell-en");
        Files.createDirectories(spelling);
        Files.writeString(spelling.resolve("en_US.aff"), "SET UTF-8\n");
        Files.writeString(spelling.resolve("en_US.dic"), "3\nwhat\nyesterday\nevening\n");
        String question = "what did openai signd yesterday evening";

        // WHEN the question is asked with and without the spelling dictionary
        AnswerResult read = ask(spelling, dictionaries, question, "en");
        AnswerResult asWritten = ask(dir.resolve("no-spelling"), dictionaries, question, "en");

        // THEN "signd" is read as "signed", translated, and the German AMD sentence answers with more confidence than
        // when "signd" is a word no sentence has
        assertThat(read.answered()).isTrue();
        assertThat(read.answer().orElseThrow().sentence()).contains("Gestern Abend", "AMD", "unterzeichnet");
        assertThat(read.answer().orElseThrow().score())
                .isGreaterThan(asWritten.answer().orElseThrow().score() + 0.1);
    }

    @Test
    void givenMoreUnknownWordsThanSlips_whenAsked_thenNoneIsCorrected() throws IOException {
        // GIVEN a Portuguese dictionary that knows none of "amdd", "cotnrato", "opneai", "asinou"
        Path spelling = dictionary("que", "com");

        // WHEN three unknown words are asked, and then four
        String three = searched(spelling, "o que a opneai asinou com a amdd");
        String four = searched(spelling, "o que a opneai asinou com a amdd cotnrato");

        // THEN three are read as slips ("amd" is searched), four are a question about something else
        assertThat(three).containsPattern("body\\.pt:amd\\b").contains("body.pt:openai");
        assertThat(four).doesNotContainPattern("body\\.pt:amd\\b").contains("body.pt:amdd");
    }

    @Test
    void givenChatShorthandAndLaughter_whenAsked_thenTheyAreReadAsWordsNotAsWordsNoArticleHas() throws IOException {
        // GIVEN no spelling dictionary at all
        Path none = dir.resolve("no-spelling");

        // WHEN the same question is asked written out and as a chat message with shorthand and laughter
        AnswerResult written = ask(none, dir.resolve("no-dictionaries"), "o que o ceo da tsmc disse", "pt");
        AnswerResult chat = ask(none, dir.resolve("no-dictionaries"), "oq o ceo da tsmc disse kkkk", "pt");

        // THEN both are answered by the TSMC sentence, as sure of it as each other
        assertThat(chat.answered()).isTrue();
        assertThat(chat.answer().orElseThrow().sentence()).contains("TSMC", "Altman");
        assertThat(chat.answer().orElseThrow().score())
                .isEqualTo(written.answer().orElseThrow().score());
    }

    /** The Lucene query a question is searched with, as text. */
    private String searched(Path spelling, String question) throws IOException {
        App app = new App(SampleCorpus.settings(SampleCorpus.ARTICLES, dir.resolve("data"))
                .withSpelling(spelling));
        try (SentenceIndex index =
                app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            return app.answerService(index).candidateQuery(question, "pt").toString();
        }
    }

    private Path dictionary(String... words) throws IOException {
        Path folder = dir.resolve("hunspell");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("pt_PT.aff"), "SET UTF-8\n");
        Files.writeString(folder.resolve("pt_PT.dic"), words.length + "\n" + String.join("\n", words) + "\n");
        return folder;
    }

    /** The confidence of the best sentence for {@link #QUESTION}, nothing declined. */
    private double confidence(Path spelling) throws IOException {
        Settings settings = SampleCorpus.settings(SampleCorpus.ARTICLES, dir.resolve("data"))
                .withSpelling(spelling)
                .withDictionaries(dir.resolve("no-dictionaries"));
        App app = new App(
                settings.withAnswer(new AnswerSettings(0, settings.answer().alternatives())));
        try (SentenceIndex index =
                app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            AnswerResult r =
                    app.answerService(index).ask(AskRequest.of(QUESTION).withUserLocale("pt"));
            return r.answer().orElseThrow().score();
        }
    }

    private AnswerResult ask(Path spelling) throws IOException {
        return ask(spelling, dir.resolve("no-dictionaries"), QUESTION, "pt");
    }

    private AnswerResult ask(Path spelling, Path dictionaries, String question, String locale) throws IOException {
        App app = new App(SampleCorpus.settings(SampleCorpus.ARTICLES, dir.resolve("data"))
                .withSpelling(spelling)
                .withDictionaries(dictionaries));
        try (SentenceIndex index =
                app.openIndex(SampleCorpus.ARTICLES, line -> {}).index()) {
            return app.answerService(index).ask(AskRequest.of(question).withUserLocale(locale));
        }
    }
}
