package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AskerLocaleTest {

    private static final EvalQuestion GERMAN = new EvalQuestion("g", "de", "Oracle?", Optional.empty(), List.of());
    private static final EvalQuestion OWN_LOCALE =
            new EvalQuestion("o", "de", "Oracle?", Optional.empty(), List.of(), Optional.of("pt-BR"));
    private static final EvalQuestion NO_LANGUAGE = new EvalQuestion("n", "", "Oracle?", Optional.empty(), List.of());

    @Test
    void givenTheDefault_whenAsked_thenEachQuestionsLanguageIsItsAskersLocale() {
        assertThat(AskerLocale.QUESTION_LANGUAGE.forQuestion(GERMAN)).hasValue("de");
        assertThat(AskerLocale.QUESTION_LANGUAGE.forQuestion(NO_LANGUAGE)).isEmpty();
        assertThat(AskerLocale.QUESTION_LANGUAGE.label()).isEqualTo("question-lang");
    }

    @Test
    void givenAFixedLocale_whenAsked_thenEveryQuestionWithoutItsOwnHasIt() {
        AskerLocale french = AskerLocale.parse("fr-ca");

        assertThat(french.forQuestion(GERMAN)).hasValue("fr-CA");
        assertThat(french.forQuestion(NO_LANGUAGE)).hasValue("fr-CA");
        assertThat(french.forQuestion(OWN_LOCALE)).hasValue("pt-BR");
        assertThat(french.label()).isEqualTo("fr-CA");
    }

    @Test
    void givenNone_whenAsked_thenNoLocaleButAQuestionsOwn() {
        AskerLocale none = AskerLocale.parse("none");

        assertThat(none.forQuestion(GERMAN)).isEmpty();
        assertThat(none.forQuestion(OWN_LOCALE)).hasValue("pt-BR");
        assertThat(none.label()).isEqualTo("none");
    }

    @Test
    void givenSomethingThatIsNoLanguageTag_whenParsed_thenAClearMessage() {
        assertThatThrownBy(() -> AskerLocale.parse("german language"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("locale must be a language tag such as de or pt-BR, or none (not 'german language')");
    }
}
