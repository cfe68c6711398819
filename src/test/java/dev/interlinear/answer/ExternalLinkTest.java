package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalLinkTest {

    @Test
    void givenATranslationWithAPublicUrl_whenItAnswers_thenTheLinkIsATextFragmentAndTheReaderLinkComesBeside(
            @TempDir Path tmp) throws Exception {
        // GIVEN an article whose German translation is published at a URL, with a sentence start that recurs
        Path article = Files.createDirectories(tmp.resolve("articles/boot"));
        Files.writeString(article.resolve("de.txt"), """
                Der Rechner startet in vier Stufen. Die erste Stufe ist die Firmware.

                Die erste Stufe ist die Firmware, sagt das Handbuch, und sie prüft die Hardware.
                """);
        Files.writeString(article.resolve("article.yaml"), """
                titles: { de: "Der Startvorgang" }
                urls: { de: "https://example.org/de/boot.html#top" }
                """);

        try (SampleCorpus corpus = SampleCorpus.open(tmp.resolve("articles"), tmp.resolve("data"))) {
            // WHEN asked about the second occurrence
            Answer a = corpus.service()
                    .ask(AskRequest.of("Was prüft die Firmware laut Handbuch?"))
                    .answer()
                    .orElseThrow();

            // THEN the link selects that sentence on the public page, with context to tell it from the first
            assertThat(a.sentence()).startsWith("Die erste Stufe ist die Firmware, sagt das Handbuch");
            assertThat(a.link())
                    .isEqualTo(
                            "https://example.org/de/boot.html#:~:text="
                                    + "ist%20die%20Firmware.-,Die%20erste%20Stufe%20ist%20die,und%20sie%20pr%C3%BCft%20die%20Hardware.");
            assertThat(a.readerLink()).contains("http://localhost:8080/articles/boot/de#s" + a.sentenceIndex());
            assertThat(a.title()).isEqualTo("Der Startvorgang");
        }
    }
}
