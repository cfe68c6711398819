package dev.interlinear.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.language.Folding;
import org.junit.jupiter.api.Test;

class AnchorTextTest {

    @Test
    void givenNumbersWrittenDifferently_whenNormalised_thenSameCanonicalForm() {
        // "10GW" and "10 GW" share 10
        assertThat(AnchorText.numbers("10GW")).containsExactly("10");
        assertThat(AnchorText.numbers("10 GW")).containsExactly("10");
        // decimal comma and point
        assertThat(AnchorText.numbers("1,5 Millionen")).containsExactly("1.5");
        assertThat(AnchorText.numbers("1.5 million")).containsExactly("1.5");
        // thousands separators of several conventions
        assertThat(AnchorText.numbers("1.000.000 Euro")).containsExactly("1000000");
        assertThat(AnchorText.numbers("1,000,000 euros")).containsExactly("1000000");
        assertThat(AnchorText.numbers("1\u00A0000 euros")).containsExactly("1000");
        assertThat(AnchorText.numbers("1.234,56 €")).containsExactly("1234.56");
        assertThat(AnchorText.numbers("1,234.56 $")).containsExactly("1234.56");
        // trailing zeros and sentence punctuation do not matter
        assertThat(AnchorText.numbers("2,50 Euro, in 2024.")).containsExactly("2.5", "2024");
    }

    @Test
    void givenWords_whenTestingForNames_thenAcronymsAndInnerCapitalsCountButSentenceStartsDoNot() {
        var words = AnchorText.words("Warum hat OpenAI mit NVIDIA und Oracle gesprochen?");
        assertThat(words.stream().filter(AnchorText::isName).map(AnchorText.Word::text))
                .containsExactly("OpenAI", "NVIDIA", "Oracle");
        assertThat(words.get(0).first()).isTrue();
        assertThat(AnchorText.isName(new AnchorText.Word("AMD", true))).isTrue();
    }

    @Test
    void givenAccentedWords_whenFolded_thenCognateKeysMeet() {
        assertThat(cognateKey("Infrastruktur")).isEqualTo(cognateKey("infraestrutura"));
        assertThat(cognateKey("Telefonkonferenz")).isEqualTo(cognateKey("teleconferência"));
        assertThat(cognateKey("Überwinden")).isEqualTo("uber");
        assertThat(cognateKey("Chip")).isNull();
    }

    private static String cognateKey(String word) {
        return AnchorText.cognateKey(Folding.fold(word));
    }

    @Test
    void givenQuotationMarks_whenChecked_thenQuotesOfSeveralLanguagesAreFound() {
        assertThat(AnchorText.hasQuote("Er sagte: „Nein“.")).isTrue();
        assertThat(AnchorText.hasQuote("Il a dit : « non ».")).isTrue();
        assertThat(AnchorText.hasQuote("He said \"no\".")).isTrue();
        assertThat(AnchorText.hasQuote("It's fine.")).isFalse();
    }

    @Test
    void givenExtremeLengthDifference_whenLogErfcComputed_thenFiniteAndDecreasing() {
        assertThat(BeadCost.logErfc(0)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(BeadCost.logErfc(30)).isFinite().isLessThan(BeadCost.logErfc(3));
    }
}
