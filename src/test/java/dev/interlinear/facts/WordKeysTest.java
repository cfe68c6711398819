package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordKeysTest {

    @Test
    void givenRepeatedWords_whenKeyed_thenEachKeyIsKeptOnceInOrderOfFirstAppearance() {
        WordKeys keys = WordKeys.of(WordTokenizer.tokens("Der Chef der Firma sagte, der Chef", List.of()));

        assertThat(keys.distinct()).containsExactly("der", "chef", "firma", "sagte");
        assertThat(keys.contains("chef")).isTrue();
        assertThat(keys.contains("Chef")).isFalse();
        assertThat(keys.contains("huang")).isFalse();
    }
}
