package dev.interlinear.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsJsonTest {

    private final FactsJson json = new FactsJson();

    @Test
    void givenSampleFacts_whenWrittenAndReadBack_thenEqual(@TempDir Path dir) throws IOException {
        // GIVEN
        List<ArticleFacts> facts =
                List.of(Articles.sample(), Articles.facts("en", "\"We will win,\" said Maria Lopez."));
        Path file = dir.resolve("facts.json");
        // WHEN
        json.write(facts, file);
        List<ArticleFacts> read = json.read(file);
        // THEN equal, amounts exact and written plainly
        assertThat(read).isEqualTo(facts);
        assertThat(Files.readString(file)).contains("\"value\":700000000000").doesNotContain("E+");
        assertThat(dir.toFile().list()).containsExactly("facts.json");
    }

    @Test
    void givenAnotherVersion_whenRead_thenRefused() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> json.read("{\"version\": 99, \"articles\": []}"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("99");
    }
}
