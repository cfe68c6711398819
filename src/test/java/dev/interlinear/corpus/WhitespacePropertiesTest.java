package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written whitespace collapse gives exactly what its regular-expression definition gives. */
class WhitespacePropertiesTest {

    private static final Pattern RUN = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2028\\u2029]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private static String definition(String text) {
        return RUN.matcher(INVISIBLE.matcher(text).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }

    @Property(tries = 2000)
    void collapseMatchesItsDefinition(@ForAll("spacedText") String text) {
        assertThat(Whitespace.collapse(text)).isEqualTo(definition(text));
    }

    @Example
    void collapsesRunsDropsInvisiblesAndTrims() {
        assertThat(Whitespace.collapse("\u3000 Ein\u00A0\u00A0 Satz\u00AD \n\t mit\u200B Lücke. \u2029"))
                .isEqualTo("Ein Satz mit Lücke.");
    }

    /** Words mixed with every kind of space and invisible character the rule names, and some it does not. */
    @Provide
    Arbitrary<String> spacedText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of(
                        " ",
                        "\t",
                        "\n",
                        "\r",
                        "\u000B",
                        "\f",
                        "\u00A0",
                        "\u2007",
                        "\u202F",
                        "\u2028",
                        "\u2029",
                        "\u00AD",
                        "\u200B",
                        "\u200C",
                        "\u200D",
                        "\u2060",
                        "\uFEFF",
                        "\u3000",
                        "\u2003",
                        "\u1680",
                        "\u0085",
                        "\u001C",
                        "é",
                        "\uD83D\uDE00"),
                Arbitraries.strings().ofMaxLength(3));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
