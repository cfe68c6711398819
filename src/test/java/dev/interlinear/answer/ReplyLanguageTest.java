package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.language.OpenNlpLanguageDetector;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reply language of questions and chat messages, with and without the asker's and the server's locale. */
class ReplyLanguageTest {

    private static final Set<String> LANGUAGES = Set.of("en", "de", "pt", "es", "fr");
    private static final ReplyLanguage REPLY = new ReplyLanguage(
            new OpenNlpLanguageDetector(OpenNlpLanguageDetector.loadModel(), LANGUAGES), LANGUAGES, "en");

    @Test
    void givenAPortugueseQuestionNamingCompanies_whenAskedWithoutLocale_thenPortuguese() {
        // GIVEN a Portuguese question whose names and acronyms look English
        AskRequest request = AskRequest.of("O que a OpenAI assinou com a AMD?");

        // WHEN its reply language is chosen, THEN it is Portuguese, with or without a Portuguese locale
        assertThat(REPLY.choose(request)).isEqualTo("pt");
        assertThat(REPLY.choose(request.withUserLocale("pt-BR"))).isEqualTo("pt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "de | wieviel strom braucht openai",
                "de | openai und amd deal",
                "de | welche chips kauft openai",
                "pt | a amd vendeu chips",
                "pt | o que a nvidia fez",
                "pt | quantos gw a openai quer",
                "es | a quien le vendio chips",
                "es | la inversion de nvidia",
                "es | que hizo nvidia",
                "fr | la puce de amd",
                "fr | combien ca coute",
                "fr | c'est quoi le deal"
            })
    void givenAShortLowerCaseChatMessage_whenTheAskerHasALocale_thenTheLocalesLanguage(String lang, String message) {
        // GIVEN a chat message of a few words, lower case, no question mark, from an asker with a locale
        AskRequest request = AskRequest.of(message).withUserLocale(lang);

        // WHEN its reply language is chosen, THEN it is the locale's: the detector is never sure otherwise
        assertThat(REPLY.choose(request)).isEqualTo(lang);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {"pt | por que o sam quer tanto compute?", "fr | accord amd combien de gw"})
    void givenAChatMessageWithGrammarOfAnotherLanguage_whenTheAskerHasAnEnglishLocale_thenItsOwnLanguage(
            String lang, String message) {
        // GIVEN a chat message the detector gives 0.95 to 0.99 for its language, with two or more function words
        // English lacks ("por", "que", "o"; "combien", "de"), from an asker whose Discord client is in English (as
        // many are, whatever they write in)
        AskRequest request = AskRequest.of(message).withUserLocale("en-US");

        // WHEN its reply language is chosen, THEN the message's own: answered in English, it would be read with
        // English stop words and stems and answered from another translation
        assertThat(REPLY.choose(request)).isEqualTo(lang);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | nouveau driver",
                "en | rio de janeiro",
                "en | Los Alamos lab",
                "en | Zeitgeist",
                "de | Quelle?",
                "de | wat will openai mit agi",
                "pt | o que jensen huang"
            })
    void givenANameALoanwordOrSharedWords_whenTheAskerHasALocale_thenTheLocalesLanguage(String lang, String message) {
        // GIVEN a message of names, loanwords or function words the locale's language shares, which the detector
        // may give 0.92 to 0.98 for another language ("nouveau driver" French, "Quelle?" French, "o que" Spanish)
        AskRequest request = AskRequest.of(message).withUserLocale(lang);

        // WHEN its reply language is chosen, THEN the locale's: no grammar of another language overrules it
        assertThat(REPLY.choose(request)).isEqualTo(lang);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "de | wer hat das unterschrieben",
                "pt | quem assinou o contrato",
                "es | cuantos gigavatios quiere openai",
                "fr | combien de gigawatts veut openai"
            })
    void givenAChatMessageInAGuild_whenTheServerHasAnEnglishLocale_thenAClearMessageKeepsItsLanguage(
            String lang, String message) {
        // GIVEN a chat message in a server left at Discord's default locale (messages carry no user locale)
        AskRequest request = AskRequest.of(message).withServerLocale("en-US");

        // WHEN its reply language is chosen, THEN a message clearly in a language is answered in it
        assertThat(REPLY.choose(request)).isEqualTo(lang);
    }

    @Test
    void givenAClearEnglishQuestion_whenTheAskerHasAGermanLocale_thenEnglish() {
        // GIVEN a whole English question from a German-locale asker
        AskRequest request =
                AskRequest.of("What did OpenAI sign with AMD last night?").withUserLocale("de");

        // WHEN its reply language is chosen, THEN the question's own language, which the detector is sure of
        assertThat(REPLY.choose(request)).isEqualTo("en");
    }

    @Test
    void givenAnExplicitLanguage_whenTheQuestionIsClearlyAnother_thenTheExplicitOne() {
        AskRequest request = AskRequest.of("Wer hat den Vertrag unterschrieben?")
                .withExplicitLanguage("pt")
                .withUserLocale("fr");

        assertThat(REPLY.choose(request)).isEqualTo("pt");
    }

    @Test
    void givenNoLocaleAndNoClearLanguage_whenChosen_thenTheDefault() {
        assertThat(REPLY.choose(AskRequest.of("OpenAI AMD 6GW"))).isEqualTo("en");
    }

    /** Names, acronyms and figures: "OpenAI", "AMD", "6GW", "2025". */
    @Provide
    Arbitrary<String> namesOnly() {
        Arbitrary<String> acronym =
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(5);
        Arbitrary<String> camel = Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(1)
                                .ofMaxLength(6),
                        Arbitraries.strings()
                                .withCharRange('A', 'Z')
                                .ofMinLength(1)
                                .ofMaxLength(3))
                .as((a, b, c) -> a + b + c);
        Arbitrary<String> figure = Combinators.combine(
                        Arbitraries.integers().between(1, 9999), Arbitraries.of("", "GW", "MW", "%", "B"))
                .as((n, unit) -> n + unit);
        return Arbitraries.oneOf(acronym, camel, figure)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(words -> String.join(" ", words) + "?");
    }

    @Property(tries = 200)
    void namesBelongToNoLanguage(@ForAll("namesOnly") String question, @ForAll("locales") String locale) {
        // GIVEN a question of names, acronyms and figures only, from an asker with a locale
        AskRequest request = AskRequest.of(question).withUserLocale(locale);

        // WHEN its reply language is chosen, THEN the locale's: names tell no language
        assertThat(REPLY.choose(request)).isEqualTo(locale.substring(0, 2));
    }

    @Provide
    Arbitrary<String> locales() {
        return Arbitraries.of(List.of("en-US", "de", "pt-BR", "es-ES", "fr"));
    }
}
