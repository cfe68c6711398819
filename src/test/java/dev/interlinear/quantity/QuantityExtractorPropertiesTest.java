package dev.interlinear.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class QuantityExtractorPropertiesTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @Property(tries = 500)
    void givenAnyText_whenExtracted_thenNoExceptionAndOffsetsInsideInOrder(
            @ForAll("texts") String text, @ForAll("languages") String lang) {
        // WHEN extracted (must not throw)
        List<Quantity> found = extractor.extract(text, lang);
        // THEN every span lies inside the text, spans are ordered and do not overlap, terms are index-safe
        int previousEnd = 0;
        for (Quantity q : found) {
            assertThat(q.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(text.length());
            assertThat(q.terms()).allMatch(t -> !t.isEmpty() && t.chars().noneMatch(Character::isWhitespace));
            previousEnd = q.end();
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("de", "pt", "pt-BR", "en", "es", "fr", "ja", "", "x-bad");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(
                        "10",
                        "1,5",
                        "1.5",
                        "300.000",
                        "1,000",
                        "3.12.1",
                        "2024",
                        " ",
                        "-",
                        "'",
                        "’",
                        "$",
                        "US$",
                        "R$",
                        "€",
                        "%",
                        "×",
                        "x",
                        "GW",
                        "Gigawatt",
                        "kWh",
                        "Milliarden",
                        "Mrd.",
                        "Bio.",
                        "bilhões",
                        "mil",
                        "millones",
                        "milliards",
                        "de",
                        "d'",
                        "of",
                        "US-Dollar",
                        "dólares",
                        "euros",
                        "eineinhalb",
                        "um",
                        "ano",
                        "e",
                        "meio",
                        "and",
                        "a",
                        "half",
                        "zehn",
                        "vingt",
                        "et",
                        "quatre",
                        "Zehnfache",
                        "fach",
                        "vezes",
                        "Prozent",
                        "por",
                        "cento",
                        "ab",
                        "Jahres",
                        "😀",
                        "e\u0301",
                        "\u0301",
                        "שָׁלוֹם",
                        "٣",
                        "\u0000",
                        "\uD800",
                        "\n",
                        "\u00A0",
                        "99999999999999999999999999999999999999999999999999"),
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().numeric().ofMaxLength(12));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
