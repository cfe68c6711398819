package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactBookTest {

    @Test
    void givenASavedBook_whenLoaded_thenEveryQuestionGetsTheSameFacts(@TempDir Path generation) throws IOException {
        // GIVEN the sample article and a second one, saved
        ArticleFacts sample = Articles.sample();
        ArticleFacts other =
                Articles.facts("quotes", Map.of("en", "\"We will win,\" said Maria Lopez. It cost 300 dollars."));
        FactBook saved = new FactBook(List.of(sample, other));
        saved.save(generation);

        // WHEN it is loaded (each article's facts read when first asked for)
        FactBook loaded = FactBook.load(generation);

        // THEN one article's facts, and then all of them, are those saved
        assertThat(loaded.discrepancies(Optional.of("openai-compute")))
                .isEqualTo(sample.discrepancies())
                .isNotEmpty();
        assertThat(loaded.discrepancies(Optional.of("unknown"))).isEmpty();
        assertThat(loaded.quantities(Optional.of("quotes"), Optional.empty())).isEqualTo(other.quantities());
        assertThat(loaded.articles()).containsExactly(sample, other);
        assertThat(loaded.speakers()).isEqualTo(saved.speakers());
        assertThat(loaded.entityNames()).isEqualTo(saved.entityNames());
    }

    @Test
    void givenAFactsFileOfAnotherVersion_whenLoaded_thenRefusedAtOnce(@TempDir Path generation) throws IOException {
        // GIVEN a facts file of a future version
        Files.writeString(generation.resolve(FactBook.FILE), "{\"version\": 99, \"articles\": []}");

        // WHEN / THEN it is refused when the book opens, not at the first question
        assertThatThrownBy(() -> FactBook.load(generation))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("99");
    }

    @Test
    void givenAnArticleThatIsNoObject_whenLoaded_thenRefusedAtOnce(@TempDir Path generation) throws IOException {
        // GIVEN a facts file whose list of articles holds a null
        Files.writeString(generation.resolve(FactBook.FILE), "{\"version\": 1, \"articles\": [null]}");

        // WHEN / THEN it is refused, not read as a book without facts
        assertThatThrownBy(() -> FactBook.load(generation))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("END_ARRAY");
    }

    @Test
    void givenNoFactsFile_whenLoaded_thenTheBookIsEmpty(@TempDir Path generation) {
        assertThat(FactBook.load(generation).articles()).isEmpty();
    }
}
