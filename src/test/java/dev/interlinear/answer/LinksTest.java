package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The link formats of DESIGN.md, Links (contract). */
class LinksTest {

    private final Links links = new Links("http://localhost:8080");

    @Test
    void givenNoExternalUrl_whenLinked_thenTheReaderLinkWithTheZeroBasedSentenceIndex() {
        String link = links.sentence("openai-compute", "de", 7, "Kürzlich hat OpenAI ...", Optional.empty());

        assertThat(link).isEqualTo("http://localhost:8080/articles/openai-compute/de#s7");
        assertThat(links.reader("openai-compute", "pt-BR", 0)).isEqualTo("http://localhost:8080/articles/openai-compute/pt-BR#s0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bot.example.org", "https://bot.example.org/"})
    void givenABaseUrlWithOrWithoutTrailingSlash_whenLinked_thenNoDoubleSlash(String base) {
        assertThat(new Links(base).reader("a", "en", 3)).isEqualTo("https://bot.example.org/articles/a/en#s3");
    }

    @Test
    void givenAnExternalUrlAndAShortSentence_whenLinked_thenTheWholeSentenceIsTheTextFragment() {
        String link = links.sentence("a", "de", 2, "  Altman ist zu aggressiv.  ", Optional.of("https://example.org/de/a"));

        assertThat(link).isEqualTo("https://example.org/de/a#:~:text=Altman%20ist%20zu%20aggressiv.");
    }

    @Test
    void givenAnExternalUrlAndALongSentence_whenLinked_thenFiveWordsAtEachEndAsStartAndEnd() {
        String sentence = "one two three four five six seven eight nine ten eleven";

        String link = links.sentence("a", "en", 0, sentence, Optional.of("https://example.org/a"));

        assertThat(link).isEqualTo("https://example.org/a#:~:text=one%20two%20three%20four%20five,"
                + "seven%20eight%20nine%20ten%20eleven");
    }

    @Test
    void givenExactlyTenWords_whenLinked_thenStillOneWholeFragment() {
        String link = Links.textFragment("https://example.org/a", "1 2 3 4 5 6 7 8 9 10");

        assertThat(link).isEqualTo("https://example.org/a#:~:text=1%202%203%204%205%206%207%208%209%2010");
    }

    @Test
    void givenTextFragmentSyntaxAndNonAsciiInTheSentence_whenLinked_thenPercentEncoded() {
        // '-', ',' and '&' separate the parts of a text directive, so they must be encoded, as must spaces.
        String link = Links.textFragment("https://example.org/a", "US-Dollar, 50 % & für");

        assertThat(link).isEqualTo("https://example.org/a#:~:text=US%2DDollar%2C%2050%20%25%20%26%20f%C3%BCr");
        assertThat(link.substring(link.indexOf("text=") + 5)).doesNotContain("-", ",", "&", " ", "+", "ü");
    }

    @Test
    void givenALongSentenceWithCommas_whenLinked_thenOnlyTheSeparatorCommaIsLiteral() {
        String link = Links.textFragment("https://example.org/a",
                "Zuerst, sagte er, kommen die Chips, dann die Rechenzentren, dann der Strom.");

        String directive = link.substring(link.indexOf("text=") + 5);
        assertThat(directive.chars().filter(c -> c == ',').count()).isEqualTo(1);
    }

    @Test
    void givenAUrlThatAlreadyHasAFragment_whenLinked_thenTheFragmentIsReplaced() {
        String link = links.sentence("a", "de", 1, "Hallo Welt.", Optional.of("https://example.org/de/a?x=1#section-2"));

        assertThat(link).isEqualTo("https://example.org/de/a?x=1#:~:text=Hallo%20Welt.");
        assertThat(link.chars().filter(c -> c == '#').count()).isEqualTo(1);
    }
}
