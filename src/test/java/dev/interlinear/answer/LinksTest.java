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
        String link = links.sentence("openai-compute", "de", 7, Optional.empty(), Optional.empty());

        assertThat(link).isEqualTo("http://localhost:8080/articles/openai-compute/de#s7");
        assertThat(links.reader("openai-compute", "pt-BR", 0))
                .isEqualTo("http://localhost:8080/articles/openai-compute/pt-BR#s0");
        assertThat(links.translation("openai-compute", "pt"))
                .isEqualTo("http://localhost:8080/articles/openai-compute/pt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bot.example.org", "https://bot.example.org/"})
    void givenABaseUrlWithOrWithoutTrailingSlash_whenLinked_thenNoDoubleSlash(String base) {
        assertThat(new Links(base).reader("a", "en", 3)).isEqualTo("https://bot.example.org/articles/a/en#s3");
    }

    @Test
    void givenAnExternalUrlWithItsFragment_whenLinked_thenTheUrlCarriesTheTextDirective() {
        String link = links.sentence(
                "a", "de", 2, Optional.of("https://example.org/de/a"), Optional.of("Altman%20ist%20zu%20aggressiv."));

        assertThat(link).isEqualTo("https://example.org/de/a#:~:text=Altman%20ist%20zu%20aggressiv.");
    }

    @Test
    void givenAUrlThatAlreadyHasAFragment_whenLinked_thenTheFragmentIsReplaced() {
        String link = links.sentence(
                "a", "de", 1, Optional.of("https://example.org/de/a?x=1#section-2"), Optional.of("Hallo%20Welt."));

        assertThat(link).isEqualTo("https://example.org/de/a?x=1#:~:text=Hallo%20Welt.");
        assertThat(link.chars().filter(c -> c == '#').count()).isEqualTo(1);
    }
}
