package dev.interlinear.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the function-word counts count, and that the detector's {@code plainlyIn} is its rule over them. */
class FunctionWordCounterTest {

    private static final List<String> LANGUAGES = List.of("en", "fr", "pt", "es", "it");
    private static final FunctionWordCounter COUNTER = new FunctionWordCounter(
            LANGUAGES,
            Map.of(
                    "en", Set.of("the", "is", "of", "what"),
                    "fr", Set.of("le", "est", "où", "qu'", "l'", "c'", "c'est"),
                    "pt", Set.of("o", "é", "não", "que"),
                    "es", Set.of("que", "dónde", "el")));

    @Test
    void wordsCountInAnyCaseForEachOfTheirLanguages() {
        // WHEN words in upper and mixed case, one of two languages ("que"), are counted
        int[] counts = COUNTER.count("The Is OF what? LE est Où NÃO Que DÓNDE el, chat");

        // THEN each counts lower-cased, for every language it is a function word of, in the order given
        assertThat(counts).containsExactly(4, 3, 2, 3, 0);
    }

    @Test
    void apartCountsOnlyTheFunctionWordsTheOtherLanguageLacks() {
        // GIVEN Portuguese words, one also Spanish ("que"), one also French by its elided start ("qu'")
        String text = "O que NÃO é qu'est Rio";

        // WHEN counted for Portuguese apart from Spanish, from English, and French apart from Portuguese
        // THEN a word both languages have counts for neither, a name never
        assertThat(COUNTER.apart(text, LANGUAGES.indexOf("pt"), LANGUAGES.indexOf("es")))
                .isEqualTo(3);
        assertThat(COUNTER.apart(text, LANGUAGES.indexOf("pt"), LANGUAGES.indexOf("en")))
                .isEqualTo(4);
        assertThat(COUNTER.apart(text, LANGUAGES.indexOf("fr"), LANGUAGES.indexOf("pt")))
                .isEqualTo(1);
    }

    @Test
    void anElidedWordCountsByItsStartWithEitherApostrophe() {
        // WHEN French words with a straight and a typographic apostrophe are counted
        int[] counts = COUNTER.count("qu\u2019est-ce que l'usine L\u2019OpenAI c'est aujourd'hui");

        // THEN "qu'", "l'" and "l'" count by their elided start, "c'est" once as itself; "aujourd'" is no word
        assertThat(counts[LANGUAGES.indexOf("fr")]).isEqualTo(4);
    }

    @Test
    void onlyTheFirstEightyWordsAndTwoThousandCharactersAreRead() {
        assertThat(COUNTER.count("x ".repeat(79) + "the the")[0]).isEqualTo(1);
        assertThat(COUNTER.count("a".repeat(1996) + " the")[0]).isEqualTo(1);
        assertThat(COUNTER.count("a".repeat(1997) + " the")[0]).isZero(); // "th" is read, not "the"
    }

    @Test
    void aLanguageWithoutWordsIsKnownAsSuch() {
        assertThat(COUNTER.hasWords(LANGUAGES.indexOf("es"))).isTrue();
        assertThat(COUNTER.hasWords(LANGUAGES.indexOf("it"))).isFalse();
    }

    @Test
    void plainlyInIsTwoFunctionWordsAndMoreThanOfAnyOtherLanguage() {
        // GIVEN the detector's own function words, counted by a counter of the same languages
        List<String> languages = List.of("en", "de", "pt", "es", "fr");
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(() -> null, languages);
        FunctionWordCounter counter = new FunctionWordCounter(languages, OpenNlpLanguageDetector.FUNCTION_WORDS);

        // WHEN each paragraph is asked for each language, THEN plainlyIn is the rule over the counts
        for (String text : DetectionSamples.paragraphs()) {
            int[] counts = counter.count(text);
            for (String lang : List.of("en", "de", "pt", "es", "fr", "it")) {
                int l = languages.indexOf(lang);
                int mine = l < 0 ? 0 : counts[l];
                int others = 0;
                for (int k = 0; k < counts.length; k++) {
                    others = k == l ? others : Math.max(others, counts[k]);
                }
                assertThat(detector.plainlyIn(text, lang))
                        .as("%s: %s", lang, text)
                        .isEqualTo(l >= 0 && mine >= 2 && mine > others);
            }
        }
    }
}
