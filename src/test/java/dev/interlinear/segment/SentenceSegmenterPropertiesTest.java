package dev.interlinear.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SentenceSegmenterPropertiesTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    @Property(tries = 400)
    void givenAnyText_whenSplit_thenNothingIsLostOrReordered(
            @ForAll("texts") String text, @ForAll("languages") String lang) {
        // WHEN split
        List<String> pieces = segmenter.split(text, lang);
        // THEN joined without whitespace it is the input without whitespace, and no piece is empty or padded
        assertThat(SentenceSegmenterTest.noSpace(String.join("", pieces)))
                .isEqualTo(SentenceSegmenterTest.noSpace(text));
        assertThat(pieces).allSatisfy(p -> assertThat(p).isNotEmpty().isEqualTo(p.strip()));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("de", "pt", "pt-BR", "en", "es", "fr", "zh", "", "xx-invalid");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(
                        "Dr.",
                        "z. B.",
                        "C.C.",
                        "1.",
                        "2)",
                        ":",
                        " \"",
                        "\" ",
                        "« ",
                        " »",
                        "„",
                        "“",
                        "...",
                        "…",
                        "[...]",
                        "?",
                        "!",
                        ". ",
                        ".\" ",
                        "\n",
                        "\n\n",
                        "\r\n",
                        " ",
                        "\u00A0",
                        "https://x.org/a?B=1",
                        "Sr.",
                        "EE. UU.",
                        "p. ex.",
                        "😀",
                        "👩‍👩‍👧",
                        "e\u0301",
                        "\u0301",
                        "שָׁלוֹם.",
                        "مرحبا؟",
                        "\u200F",
                        "\u0000",
                        "\u0007",
                        "\uD800",
                        "Wort",
                        "Satz",
                        "Ende",
                        "ab",
                        "A",
                        "1,5",
                        "3.12.1",
                        "日本語。"),
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(6));
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
