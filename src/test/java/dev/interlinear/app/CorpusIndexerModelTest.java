package dev.interlinear.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlinear.index.CorpusIndexer;
import dev.interlinear.index.FieldAnalyzer;
import dev.interlinear.index.IndexException;
import dev.interlinear.index.IndexStore;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.language.LanguageModelUnavailableException;
import dev.interlinear.language.OpenNlpLanguageDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexerModelTest {

    @Test
    void givenTheLanguageModelCannotBeRead_whenBuilding_thenTheBuildStopsInsteadOfSkippingArticles(@TempDir Path tmp)
            throws IOException {
        // GIVEN an article whose paragraph has no function word (only the model can tell its language)
        Path corpus = Files.createDirectories(tmp.resolve("articles"));
        Path article = Files.createDirectories(corpus.resolve("grid"));
        Files.writeString(
                article.resolve("de.txt"),
                "Rechenzentren benötigen gewaltige Strommengen, Kühlung und Netzanschlüsse. Betreiber planen Kraftwerke.");
        // and a detector whose model fails to load
        CorpusIndexer indexer = new CorpusIndexer(
                "inputs",
                new FieldAnalyzer(new LanguageAnalyzers()),
                c -> new OpenNlpLanguageDetector(
                        () -> {
                            throw new LanguageModelUnavailableException(
                                    "the language model could not be read: test", null);
                        },
                        List.of("de", "pt")));
        IndexStore store = new IndexStore(tmp.resolve("data"), corpus);

        // WHEN / THEN the build fails as a whole, naming the model, and nothing is made current
        try (IndexStore.BuildLock held = store.lockForBuild(line -> {})) {
            assertThatThrownBy(() -> indexer.build(held, corpus, store, "fingerprint", Optional.empty(), line -> {}))
                    .isInstanceOf(IndexException.class)
                    .hasMessageContaining("language model");
        }
        assertThat(store.current()).isEmpty();
    }
}
