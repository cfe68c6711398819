package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringTest {

    @Test
    void givenEscapedUtf8AndPluses_whenParsed_thenTheTextComesBack() throws Exception {
        String question = "Was äußerte C.C. Wei? 100% & mehr = 你好 🎉";

        Map<String, String> query =
                QueryString.parse("q=" + URLEncoder.encode(question, StandardCharsets.UTF_8) + "&lang=de");

        assertThat(query).containsEntry("q", question).containsEntry("lang", "de");
    }

    @Test
    void givenRawUtf8BytesAsTheServerReadsThem_whenParsed_thenTheyAreDecodedAsUtf8() throws Exception {
        // The JDK server turns each byte of the request line into one char 0-255.
        String asRead = new String("q=äß".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(QueryString.parse(asRead)).containsEntry("q", "äß");
    }

    @Test
    void givenARepeatedKeyAKeyWithoutValueAndEmptyPairs_whenParsed_thenTheFirstCountsAndNothingBreaks()
            throws Exception {
        assertThat(QueryString.parse("q=first&q=second&flag&&=x"))
                .containsEntry("q", "first")
                .containsEntry("flag", "")
                .containsEntry("", "x");
    }

    @Test
    void givenNoQuery_whenParsed_thenEmpty() throws Exception {
        assertThat(QueryString.parse(null)).isEmpty();
        assertThat(QueryString.parse("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%", "q=%4", "q=%zz", "q=%G1", "q=abc%", "%=x", "q=%%41"})
    void givenABrokenEscape_whenParsed_thenRefusedSayingWhy(String raw) {
        assertThatThrownBy(() -> QueryString.parse(raw))
                .isInstanceOf(QueryString.MalformedQueryException.class)
                .hasMessageContaining("two hex digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%C3%28", "q=%E0%A4", "q=%FF", "q=%C0%AF", "q=%ED%A0%80", "lang=%80", "q=\u00e4"})
    void givenBytesThatAreNotUtf8_whenParsed_thenRefusedSayingWhy(String raw) {
        // overlong "/", a lone surrogate, a lone continuation byte, a truncated sequence, a raw Latin-1 byte
        assertThatThrownBy(() -> QueryString.parse(raw))
                .isInstanceOf(QueryString.MalformedQueryException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void givenACharacterNoRequestLineCanHold_whenParsed_thenRefused() {
        assertThatThrownBy(() -> QueryString.parse("q=\u4f60")).isInstanceOf(QueryString.MalformedQueryException.class);
    }
}
