package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BotTextTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BotTextTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "pt", "es", "fr"})
    void givenABotLanguage_whenItsMessagesAreLoaded_thenEveryEnglishKeyIsTranslated(String lang) throws IOException {
        Properties english = load("/discord/messages.properties");
        Properties translated = load("/discord/messages_" + lang + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "pt_BR", "es_ES", "fr"})
    void givenACommandLocale_whenItsBundleIsLoaded_thenEveryNameIsAValidDiscordName(String locale) throws IOException {
        Properties english = load("/discord/commands.properties");
        Properties translated = load("/discord/commands_" + locale + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        translated.stringPropertyNames().stream()
                .filter(k -> k.endsWith(".name"))
                .forEach(k -> assertThat(translated.getProperty(k)).as(k).matches("[-_\\p{Ll}\\p{N}]{1,32}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt-BR", "pt", "de-DE", "es-419", "fr"})
    void givenALocale_whenAskedForText_thenItComesInThatLanguageWithArgumentsFilledIn(String locale) {
        String s = new BotText().get(locale, "cooldown", 3);

        assertThat(s).contains("3").doesNotContain("{0}").isNotEqualTo(new BotText().get("en", "cooldown", 3));
    }
}
