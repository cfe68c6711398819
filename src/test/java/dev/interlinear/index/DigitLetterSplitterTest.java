package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitLetterSplitterTest {

    /** What the splitter replaces, kept here as the reference it must agree with. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=\\p{Nd})(?=\\p{L})|(?<=\\p{L})(?=\\p{Nd})");

    @Test
    void givenDigitsGluedToLetters_whenFiltered_thenASpaceSeparatesThem() throws IOException {
        assertThat(read(new DigitLetterSplitter(new StringReader("10GW und A4 in 2024x"))))
                .isEqualTo("10 GW und A 4 in 2024 x");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a",
                "1",
                "10GW",
                "GW10",
                "a1b2c3",
                "10 GW",
                "US$5bn",
                "3.5GW",
                "ab12cd34ef",
                "Ⅻ12",
                "١٢abc",
                "x\uD835\uDFCE",
                "\uD835\uDFCEx",
                "\uD801\uDC00" + "1",
                "1\uD801\uDC00",
                "é1è2",
                "über 10Mrd.",
                "\n1a\n",
                "\uD835",
                "1\uDFCE"
            })
    void givenAnyText_whenFiltered_thenTextAndOffsetsAreThoseOfTheRegexFilter(String text) throws IOException {
        assertSameAsRegex(text);
    }

    @Test
    void givenRandomTexts_whenFiltered_thenTextAndOffsetsAreThoseOfTheRegexFilter() throws IOException {
        Random random = new Random(7);
        String alphabet = "ab1 2.ÄéxZ9٣\uD835\uDFCE\uD801\uDC00-,";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                text.append(alphabet.charAt(at));
            }
            assertSameAsRegex(text.toString());
        }
    }

    private static void assertSameAsRegex(String text) throws IOException {
        CharFilter expected = new PatternReplaceCharFilter(BOUNDARY, " ", new StringReader(text));
        CharFilter actual = new DigitLetterSplitter(new StringReader(text));
        String out = read(actual);
        assertThat(out).as("text of %s", text).isEqualTo(read(expected));
        List<Integer> expectedOffsets = new ArrayList<>();
        List<Integer> actualOffsets = new ArrayList<>();
        for (int i = 0; i <= out.length() + 1; i++) {
            expectedOffsets.add(expected.correctOffset(i));
            actualOffsets.add(actual.correctOffset(i));
        }
        assertThat(actualOffsets).as("offsets of %s", text).isEqualTo(expectedOffsets);
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[3]; // small, so reads in several calls are covered too
        for (int n = reader.read(buffer); n > 0; n = reader.read(buffer)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
