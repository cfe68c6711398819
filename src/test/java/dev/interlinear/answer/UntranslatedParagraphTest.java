package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UntranslatedParagraphTest {

    @Test
    void givenAParagraphLeftInEnglish_whenItAnswers_thenTheAnswerSaysWhichLanguageItIsIn(@TempDir Path tmp)
            throws Exception {
        // GIVEN a Portuguese translation with one paragraph still in English
        Path article = Files.createDirectories(tmp.resolve("articles/boot"));
        Files.writeString(article.resolve("pt.txt"), """
                O arranque do sistema passa por quatro etapas, desde o firmware até ao sistema normal.

                The kernel messages shown on the console can be filtered by setting a threshold level with dmesg. \
                This is useful when the console is flooded during boot.
                """);

        try (SampleCorpus corpus = SampleCorpus.open(tmp.resolve("articles"), tmp.resolve("data"))) {
            // WHEN asked in English about that paragraph
            AnswerResult r =
                    corpus.service().ask(AskRequest.of("How can I filter the kernel messages on the console?"));

            // THEN it answers from the Portuguese translation, and says the sentence is English text
            Answer a = r.answer().orElseThrow();
            assertThat(a.lang()).isEqualTo("pt");
            assertThat(a.textLang()).contains("en");
            assertThat(a.sentence()).startsWith("The kernel messages");
            assertThat(r.fallback()).isTrue();
        }
    }
}
