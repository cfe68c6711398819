package dev.interlinear.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFileTest {

    @TempDir
    Path dir;

    @Test
    void givenLinesWithAndWithoutALocale_whenRead_thenOnlyThoseThatGiveOneHaveIt() throws IOException {
        Path file = Files.writeString(dir.resolve("q.jsonl"), """
                {"id":"a","lang":"pt","question":"Oracle?","article":"openai-compute","expect":["Oracle"],"locale":"pt-BR"}
                {"id":"b","lang":"pt","question":"Oracle?","article":null,"expect":[]}
                {"id":"c","lang":"pt","question":"Oracle?","expect":[],"locale":null}
                """);

        List<EvalQuestion> questions = new QuestionFile().read(file);

        assertThat(questions)
                .extracting(EvalQuestion::locale)
                .map(l -> l.orElse("-"))
                .containsExactly("pt-BR", "-", "-");
        assertThat(questions.get(0).article()).hasValue("openai-compute");
        assertThat(questions.get(1).article()).isEmpty();
    }

    @Test
    void givenALocaleThatIsNoText_whenRead_thenTheLineIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("q.jsonl"), """
                {"id":"a","lang":"pt","question":"Oracle?","expect":[],"locale":7}
                """);

        assertThatThrownBy(() -> new QuestionFile().read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":1: \"locale\" must be a language tag");
    }
}
