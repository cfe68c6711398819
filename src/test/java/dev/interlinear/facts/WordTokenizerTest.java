package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTokenizerTest {

    @ParameterizedTest
    @CsvSource({
        "NVIDIA,ACRONYM",
        "A100,OTHER",
        "GPT4,ACRONYM",
        "OpenAI,CAMEL_CASE",
        "iPhone,CAMEL_CASE",
        "Huang,CAPITALISED",
        "X,CAPITALISED",
        "sagte,LOWER",
        "10GW,OTHER",
        "Ärger,CAPITALISED",
        "ÖL,ACRONYM"
    })
    void givenAWord_whenShaped_thenItsShapeIsNamed(String word, WordToken.Shape shape) {
        assertThat(WordTokenizer.shape(word, false)).isEqualTo(shape);
    }

    @Test
    void givenInitialsAndAPossessive_whenTokenized_thenInitialsAreOneTokenAndTheSIsApart() {
        List<WordToken> tokens = WordTokenizer.tokens("Sam's plan: C. C. Wei und J. R. R. Tolkien", List.of());
        assertThat(tokens)
                .extracting(WordToken::text)
                .containsExactly("Sam", "plan", "C. C.", "Wei", "und", "J. R. R.", "Tolkien");
        assertThat(tokens.get(2).key()).isEqualTo("c.c.");
        assertThat(tokens.get(2).clauseInitial()).isTrue();
        // the dot of initials ends no sentence
        assertThat(tokens.get(3).clauseInitial()).isFalse();
    }
}
