package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.quantity.QuantityExtractor;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSignalsTest {

    /** The name pattern searched at every position, as it was before candidates were picked by hand. */
    private static final Pattern NAME =
            Pattern.compile("(?<=[\\p{L},:;] )\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+|\\b(?:\\p{Lu}\\.){1,3} ?\\p{Lu}\\p{Ll}+");

    private final SentenceSignals signals = new SentenceSignals(new QuantityExtractor());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Yesterday Lisa Su said so.|true", "Lisa Su said so.|false", "said C. C. Wei today|true",
                "he said, Jensen Huang agreed|true", "no name here|false", "Die Rechenleistung wächst.|false"
            })
    void givenASentence_whenItsFeaturesAreRead_thenAPersonsNameIsSeen(String text, boolean named) {
        assertThat(signals.features(text, "en").contains(SentenceFeature.NAME)).isEqualTo(named);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "up to 30% of girls|en|PERCENT", "sechs bis neun Prozent des Bruttoinlandsprodukts|de|PERCENT",
                "um contrato de 300 bilhões de dólares|pt|MONEY", "es stieg um das Zehnfache|de|QUANTITY"
            })
    void givenASentenceWithAnAmount_whenItsFeaturesAreRead_thenItsKindIsSeen(
            String text, String lang, SentenceFeature kind) {
        assertThat(signals.features(text, lang)).contains(SentenceFeature.QUANTITY, kind);
        if (kind != SentenceFeature.PERCENT) {
            assertThat(signals.features(text, lang)).doesNotContain(SentenceFeature.PERCENT);
        }
    }

    @Test
    void givenRandomTexts_whenNamesAreLookedFor_thenTheAnswerIsThePatternSearch() {
        Random random = new Random(3);
        int[] alphabet = "aAbBÉéZz .,:;-𝐀𝐚".codePoints().toArray();
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            assertThat(SentenceSignals.namesSomeone(t))
                    .as(t)
                    .isEqualTo(NAME.matcher(t).find());
        }
    }
}
