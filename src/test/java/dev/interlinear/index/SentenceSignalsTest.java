package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.quantity.QuantityExtractor;
import dev.interlinear.quantity.Unit;
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

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gigawatts|en|WATT",
                "Gigawatt|de|WATT",
                "gigavatios|es|WATT",
                "GW|pt|WATT",
                "gw|fr|WATT",
                "kilowattstunden|de|WATT_HOUR",
                "dollars|en|CURRENCY_USD",
                "dólares|pt|CURRENCY_USD",
                "Prozent|de|PERCENT",
                // alone, as often a weight, a book, a calendar week, a region or a currency of many countries
                "pounds|en|NONE",
                "Pfund|de|NONE",
                "libras|es|NONE",
                "livres|fr|NONE",
                "kw|de|NONE",
                "Franken|de|NONE",
                "reais|pt|NONE",
                "times|en|NONE",
                "Venedig|de|NONE",
                "watts up|en|NONE",
                "mal|de|NONE"
            })
    void givenAQuestionWord_whenTheUnitItNamesIsLookedUp_thenItIsTheUnitOfSentencesStatingSuchAQuantity(
            String word, String lang, Unit unit) {
        assertThat(signals.unitNamed(word, lang).orElse(Unit.NONE)).isEqualTo(unit);
    }

    @Test
    void givenSentencesWithQuantities_whenTheirSignalsAreRead_thenTheUnitsOfMeasureAreSeenOnceBesideTheFigures() {
        SentenceSignals.Signals gigawatts = signals.of("OpenAI signed 6GW with AMD and 10 GW with NVIDIA.", "en");
        assertThat(gigawatts.unitTerms()).containsExactly("w");
        assertThat(gigawatts.numberTerms())
                .contains("6000000000w", "10000000000w")
                .doesNotContain("w");
        assertThat(gigawatts.numberTerms()).filteredOn(Unit.WATT::isUnitOf).hasSize(2);
        assertThat(signals.of("um contrato de 300 bilhões de dólares", "pt").unitTerms())
                .containsExactly("usd");
        // a multiple or a year says nothing a unit's name asks for
        assertThat(signals.of("es stieg um das Zehnfache im Jahr 2024", "de").unitTerms())
                .isEmpty();
        assertThat(Unit.WATT.isUnitOf("6000000000wh")).isFalse();
        assertThat(Unit.WATT_HOUR.isUnitOf("6000000000wh")).isTrue();
        assertThat(Unit.WATT.isUnitOf("w")).isFalse();
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
