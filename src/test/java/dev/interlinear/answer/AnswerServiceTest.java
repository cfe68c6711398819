package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlinear.app.SampleCorpus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerServiceTest {

    private SampleCorpus sample;
    private AnswerService service;

    @BeforeAll
    void openSample(@TempDir Path data) {
        sample = SampleCorpus.open(SampleCorpus.ARTICLES, data);
        service = sample.service();
    }

    @AfterAll
    void close() throws Exception {
        sample.close();
    }

    @Test
    void givenAGermanQuestion_whenAsked_thenTheAnswerIsTheGermanSentenceWithLinkAndAlignedPortuguese() {
        AnswerResult r =
                service.ask(AskRequest.of("Mit wem hat OpenAI einen Vertrag über 300 Milliarden unterzeichnet?"));

        assertThat(r.language()).isEqualTo("de");
        assertThat(r.answered()).isTrue();
        assertThat(r.fallback()).isFalse();
        Answer a = r.answer().orElseThrow();
        assertThat(a.lang()).isEqualTo("de");
        assertThat(a.sentence()).contains("300 Milliarden US-Dollar mit Oracle");
        assertThat(a.link()).isEqualTo("http://localhost:8080/articles/openai-compute/de#s" + a.sentenceIndex());
        // the context is the sentence before and the one after, looked up by position
        var german = sample.index().translation("openai-compute", "de");
        assertThat(a.context())
                .containsExactly(
                        german.get(a.sentenceIndex() - 1).text(),
                        german.get(a.sentenceIndex() + 1).text());
        assertThat(a.translations()).singleElement().satisfies(t -> {
            assertThat(t.lang()).isEqualTo("pt");
            assertThat(t.sentence()).contains("300 bilhões de dólares com a Oracle");
            assertThat(t.link()).endsWith("/articles/openai-compute/pt#s" + t.sentenceIndex());
        });
    }

    @Test
    void givenTheFirstAndLastSentences_whenTheirNeighboursAreLookedUp_thenTheEdgesAreEmpty() {
        var german = sample.index().translation("openai-compute", "de");
        int last = german.size() - 1;

        assertThat(sample.index().neighbours("openai-compute", "de", 0))
                .containsExactly("", german.get(1).text());
        assertThat(sample.index().neighbours("openai-compute", "de", last))
                .containsExactly(german.get(last - 1).text(), "");
        assertThat(sample.index().neighbours("no-such-article", "de", 3)).containsExactly("", "");
    }

    @Test
    void givenAPortugueseQuestionWithAGluedUnit_whenAsked_thenThePortugueseSentenceAnswers() {
        AnswerResult r = service.ask(AskRequest.of("Quanto custa 1 GW de poder computacional?"));

        assertThat(r.language()).isEqualTo("pt");
        assertThat(r.answer().orElseThrow().sentence()).contains("1GW de poder computacional significa");
    }

    @Test
    void givenAnEnglishQuestion_whenTheArticleHasNoEnglish_thenAnotherTranslationAnswersAsFallback() {
        AnswerResult r = service.ask(AskRequest.of("What did OpenAI sign with Oracle?"));

        assertThat(r.language()).isEqualTo("en");
        assertThat(r.answered()).isTrue();
        assertThat(r.fallback()).isTrue();
        assertThat(r.answer().orElseThrow().sentence()).containsAnyOf("Oracle");
    }

    @Test
    void givenASpanishQuestion_whenOnlyNumbersAndNamesMatch_thenTheSentenceIsStillFound() {
        AnswerResult r = service.ask(AskRequest.of("¿Qué firmó OpenAI con AMD por 6 GW?"));

        assertThat(r.fallback()).isTrue();
        assertThat(r.answer().orElseThrow().sentence()).contains("AMD");
    }

    @Test
    void givenAnExplicitLanguage_whenAsked_thenItWinsOverDetection() {
        AnswerResult r = service.ask(AskRequest.of("Was äußerte C.C. Wei?").withExplicitLanguage("pt"));

        assertThat(r.language()).isEqualTo("pt");
        assertThat(r.answer().orElseThrow().lang()).isEqualTo("pt");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Wie koche ich Spaghetti Carbonara?",
                "What is the weather like tomorrow in Lisbon?",
                "Quem ganhou a Copa do Mundo de 2002?",
                "Wie wird das Wetter morgen?",
                "Who is the CEO of Apple?"
            })
    void givenAQuestionTheArticlesDoNotAnswer_whenAsked_thenItIsDeclined(String question) {
        AnswerResult r = service.ask(AskRequest.of(question));

        assertThat(r.answered()).isFalse();
        assertThat(r.answer()).isEmpty();
        assertThat(r.alternatives()).isEmpty();
    }

    @Test
    void givenAVeryShortSentenceSharingOneWord_whenAsked_thenItDoesNotWin() {
        // "Warum so verrückt?" shares "verrückt" with the question, and nothing else.
        AnswerResult r = service.ask(AskRequest.of("Warum ist das verrückt?"));

        r.answer().ifPresent(a -> assertThat(a.sentence()).isNotEqualTo("Warum so verrückt?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000\u0007", "?!?", "\u200B\u200E"})
    void givenAQuestionWithoutWords_whenAsked_thenItIsRefusedClearly(String question) {
        assertThatThrownBy(() -> service.ask(AskRequest.of(question)))
                .isInstanceOf(InvalidQuestionException.class)
                .hasMessageStartingWith("the question");
    }

    @Test
    void givenAHundredThousandCharacters_whenAsked_thenItIsRefusedAsTooLong() {
        assertThatThrownBy(() -> service.ask(AskRequest.of("Oracle ".repeat(100_000 / 7))))
                .isInstanceOf(InvalidQuestionException.class)
                .hasMessageContaining("too long");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"AND (\" * ~ \\ /",
                "title:OpenAI AND NOT body:[a TO z]",
                "🤖🔥 OpenAI 🚀?",
                "מה חתמה OpenAI עם Oracle?",
                "ما هو OpenAI؟",
                "Oracle\u0000\u001B[31m?",
                "OpenAI~2 Oracle^10 \"Vertrag\"~3"
            })
    void givenOddInput_whenAsked_thenAResultComesBackWithoutException(String question) {
        AnswerResult r = service.ask(AskRequest.of(question));

        assertThat(r.language()).isNotBlank();
        assertThat(r.answered()).isEqualTo(r.answer().isPresent());
    }

    @Test
    void givenAnUnsupportedExplicitLanguage_whenAsked_thenTheMessageNamesTheSupportedOnes() {
        assertThatThrownBy(() -> service.ask(AskRequest.of("Oracle?").withExplicitLanguage("xx")))
                .isInstanceOf(InvalidQuestionException.class)
                .hasMessageContaining("not supported")
                .hasMessageContaining("de");
    }

    @Test
    void givenAShortAmbiguousQuestion_whenTheAskerHasALocale_thenTheLocaleDecides() {
        AnswerResult r = service.ask(AskRequest.of("Oracle?").withUserLocale("pt-BR"));

        assertThat(r.language()).isEqualTo("pt");
    }
}
