package dev.interlinear.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packed look-up counts exactly what looking up each word's {@code toLowerCase(Locale.ROOT)} counts, and the
 * detector's {@code plainlyIn} answers as the detector before it did.
 */
class FunctionWordCounterTest {

    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("en", Set.of("the", "is", "of", "what"));
        WORDS.put("fr", Set.of("le", "est", "où", "pourquoi", "qu"));
        WORDS.put("pt", Set.of("o", "é", "não", "que"));
        WORDS.put("es", Set.of("que", "dónde", "el"));
        WORDS.put("xx", Set.of("wörterbuchs", "ﬁ", "i\u0307", "straße", "Upper")); // long, beyond Latin-1, not lower case
    }

    /** The counting the packed look-up replaces: every word as a lower-cased string. */
    private static int[] reference(FunctionWordCounter counter, String text) {
        int[] counts = new int[counter.languages()];
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        var words = java.util.regex.Pattern.compile("[\\p{L}']+").matcher(sample);
        for (int seen = 0; seen < 80 && words.find(); seen++) {
            String word = words.group().toLowerCase(Locale.ROOT);
            for (int l = 0; l < counter.languages(); l++) {
                if (WORDS.get(counter.language(l)).contains(word)) {
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
                "İ i\u0307 İ Wörterbuchs WÖRTERBUCHS ﬁ ＴＨＥ \u212Athe STRASSE Straße STRAẞE Upper upper UPPER",
                "thethethe pourquoii the'the é'é 😀the the😀 \uD835\uDC13he",
                "x ".repeat(79) + "the the",
                "a".repeat(1998) + " the",
                "a".repeat(1997) + " the"));
        texts.addAll(DetectionSamples.randomTexts(7L, 2000));
        texts.addAll(DetectionSamples.paragraphs());

        // WHEN each is counted both ways, THEN the counts agree
        for (String text : texts) {
            assertThat(counter.count(text)).as(text).containsExactly(reference(counter, text));
        }
    }

    @Test
    void plainlyInAnswersAsTheDetectorBeforeIt() {
        List<String> languages = List.of("en", "de", "pt", "es", "fr");
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(() -> null, languages);
        ReferenceLanguageDetector reference = new ReferenceLanguageDetector(() -> null, languages);
        List<String> texts = new ArrayList<>(DetectionSamples.paragraphs());
        texts.addAll(DetectionSamples.randomTexts(11L, 2000));
        for (String text : texts) {
            for (String lang : List.of("en", "de", "pt", "es", "fr", "it")) {
                assertThat(detector.plainlyIn(text, lang)).as("%s: %s", lang, text)
                        .isEqualTo(reference.plainlyIn(text, lang));
            }
        }
    }
}
