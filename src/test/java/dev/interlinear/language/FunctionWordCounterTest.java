package dev.interlinear.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packed look-up counts exactly what looking up each word's {@code toLowerCase(Locale.ROOT)} (or its elided
 * start) counts, and the detector's {@code plainlyIn} is its rule over those counts.
 */
class FunctionWordCounterTest {

    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("en", Set.of("the", "is", "of", "what"));
        WORDS.put("fr", Set.of("le", "est", "où", "pourquoi", "qu", "qu'", "l'", "c'est"));
        WORDS.put("pt", Set.of("o", "é", "não", "que"));
        WORDS.put("es", Set.of("que", "dónde", "el"));
        WORDS.put("xx", Set.of("wörterbuchs", "ﬁ", "i\u0307", "straße", "Upper")); // long, beyond Latin-1, not lower case
    }

    /**
     * The counting the packed look-up replaces: every word as a lower-cased string (typographic apostrophe as
     * {@code '}), or when it is none, its start up to its first apostrophe ("qu'" of "qu'est").
     */
    private static int[] reference(FunctionWordCounter counter, Map<String, Set<String>> words, String text) {
        int[] counts = new int[counter.languages()];
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        var matcher = java.util.regex.Pattern.compile("[\\p{L}'\u2019]+").matcher(sample);
        for (int seen = 0; seen < 80 && matcher.find(); seen++) {
            String word = matcher.group().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            int apostrophe = word.indexOf('\'');
            for (int l = 0; l < counter.languages(); l++) {
                Set<String> list = words.get(counter.language(l));
                if (list.contains(word) || (apostrophe > 0 && list.contains(word.substring(0, apostrophe + 1)))) {
                    counts[l]++;
                }
            }
        }
        return counts;
    }

    @Test
    void countsAreThoseOfTheLowerCasedWords() {
        // GIVEN words that pack, words that do not, and words whose lower case changes length or script
        FunctionWordCounter counter = new FunctionWordCounter(WORDS);
        List<String> texts = new ArrayList<>(List.of(
                "The Is OF what? LE est Où POURQUOI qu'il qu' 'qu O É NÃO Que DÓNDE el",
                "Qu’est-ce que c’est l'usine l’OpenAI L'Équipe d'un c'est aujourd'hui l'''' qu''il what’s",
                "extraordinaire'qu l'extraordinairement quoiqu'il Straße'l ｌ'x l'ﬁ le’",

                "İ i\u0307 İ Wörterbuchs WÖRTERBUCHS ﬁ ＴＨＥ \u212Athe STRASSE Straße STRAẞE Upper upper UPPER",
                "thethethe pourquoii the'the é'é 😀the the😀 \uD835\uDC13he",
                "x ".repeat(79) + "the the",
                "a".repeat(1998) + " the",
                "a".repeat(1997) + " the"));
        texts.addAll(DetectionSamples.randomTexts(7L, 2000));
        texts.addAll(DetectionSamples.paragraphs());

        // WHEN each is counted both ways, THEN the counts agree
        for (String text : texts) {
            assertThat(counter.count(text)).as(text).containsExactly(reference(counter, WORDS, text));
        }
    }

    @Test
    void plainlyInIsThreeFunctionWordsAndTwiceAsManyAsOfAnyOtherLanguage() {
        // GIVEN the detector's function words, counted the plain way
        List<String> languages = List.of("en", "de", "pt", "es", "fr");
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(() -> null, languages);
        Map<String, Set<String>> words = new LinkedHashMap<>();
        languages.forEach(l -> words.put(l, OpenNlpLanguageDetector.FUNCTION_WORDS.get(l)));
        FunctionWordCounter counter = new FunctionWordCounter(words);
        List<String> texts = new ArrayList<>(DetectionSamples.paragraphs());
        texts.addAll(DetectionSamples.randomTexts(11L, 2000));

        // WHEN each text is asked for each language, THEN plainlyIn is the rule over the plain counts
        for (String text : texts) {
            int[] counts = reference(counter, words, text);
            for (String lang : List.of("en", "de", "pt", "es", "fr", "it")) {
                int l = counter.indexOf(lang);
                int mine = l < 0 ? 0 : counts[l];
                int others = 0;
                for (int k = 0; k < counts.length; k++) {
                    others = k == l ? others : Math.max(others, counts[k]);
                }
                assertThat(detector.plainlyIn(text, lang)).as("%s: %s", lang, text)
                        .isEqualTo(l >= 0 && mine >= 3 && mine >= 2 * others);
            }
        }
    }
}
