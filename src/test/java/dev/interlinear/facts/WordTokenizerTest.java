package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTokenizerTest {

    /** The patterns the shape was first read with; the hand-written test must say the same. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\p{N}]*");
    private static final Pattern CAMEL = Pattern.compile("[\\p{L}\\p{M}\\p{N}]*\\p{Ll}\\p{Lu}[\\p{L}\\p{M}\\p{N}]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}][\\p{L}\\p{M}\\p{N}]*|\\p{Lu}");

    @ParameterizedTest
    @CsvSource({"NVIDIA,ACRONYM", "A100,OTHER", "GPT4,ACRONYM", "OpenAI,CAMEL_CASE", "iPhone,CAMEL_CASE",
            "Huang,CAPITALISED", "X,CAPITALISED", "sagte,LOWER", "10GW,OTHER", "Ärger,CAPITALISED", "ÖL,ACRONYM"})
    void givenAWord_whenShaped_thenItsShapeIsNamed(String word, WordToken.Shape shape) {
        assertThat(WordTokenizer.shape(word, false)).isEqualTo(shape);
    }

    @Test
    void givenRandomWords_whenShaped_thenTheShapeIsTheRegexOne() {
        Random random = new Random(11);
        int[] alphabet = "aAbBzZéÉßǅ1٣Ⅻ\u0301\u0903ｱ𝐀𝐚".codePoints().toArray();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder w = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                w.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String word = w.toString();
            assertThat(WordTokenizer.shape(word, false)).as(word).isEqualTo(byRegex(word));
        }
    }

    private static WordToken.Shape byRegex(String raw) {
        if (!Character.isLetter(raw.codePointAt(0))) {
            return WordToken.Shape.OTHER;
        }
        if (ACRONYM.matcher(raw).matches()) {
            return WordToken.Shape.ACRONYM;
        }
        if (CAMEL.matcher(raw).matches()) {
            return WordToken.Shape.CAMEL_CASE;
        }
        if (CAPITALISED.matcher(raw).matches()) {
            return WordToken.Shape.CAPITALISED;
        }
        return Character.isLowerCase(raw.codePointAt(0)) ? WordToken.Shape.LOWER : WordToken.Shape.OTHER;
    }
}
