package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    @ParameterizedTest
    @CsvSource({"de,de", "DE,de", "pt-br,pt-BR", "pt-BR,pt-BR", "zh-hant-tw,zh-Hant-TW", "es-419,es-419", "gsw,gsw"})
    void givenValidTag_whenNormalised_thenCanonicalCase(String tag, String expected) {
        assertThat(LanguageTag.normalise(tag)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "readme", "notes", "xx", "de_DE", "pt-", "und", "12", " de"})
    void givenNoLanguageTag_whenNormalised_thenEmpty(String tag) {
        assertThat(LanguageTag.normalise(tag)).isEmpty();
    }
}
