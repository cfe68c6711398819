package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles folder is untrusted: a link that leads outside it is never read, whoever made it; links that stay
 * inside (a Kubernetes ConfigMap volume is made of them) work as before.
 */
class CorpusLinksTest {
    private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

    private final CorpusLoader loader = new CorpusLoader();

    @TempDir
    Path temp;

    Path corpus;
    Path outside;

    @BeforeEach
    void aCorpusAndASecretBesideIt() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        outside = Files.createDirectories(temp.resolve("outside"));
        write(outside.resolve("passwd"), SECRET);
        write(outside.resolve("de.txt"), SECRET);
    }

    @Test
    void givenATranslationLinkedToAFileOutside_whenLoaded_thenItIsSkippedWithoutBeingRead() throws IOException {
        // GIVEN an article with one real translation and one absolute and one relative link outside
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("en.txt"), "Hi.");
        Files.createSymbolicLink(a.resolve("de.txt"), outside.resolve("passwd"));
        Files.createSymbolicLink(a.resolve("fr.txt"), Path.of("../../outside/passwd"));

        // WHEN loaded
        Corpus loaded = loader.load(corpus);

        // THEN only the real translation is read; each link is named with the reason, never with the content
        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("en");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly(
                        "de.txt: links outside the articles folder; skipped",
                        "fr.txt: links outside the articles folder; skipped");
        assertThat(loaded.problems()).allSatisfy(p -> {
            assertThat(p.fileSkipped()).isTrue();
            assertThat(p.reason()).doesNotContain("root:x");
        });
    }

    @Test
    void givenAnArticleFolderLinkedOutside_whenLoaded_thenTheArticleIsSkipped() throws IOException {
        // GIVEN an article folder that is a link to a folder outside holding a de.txt
        Files.createSymbolicLink(corpus.resolve("etc"), outside);
        write(Files.createDirectories(corpus.resolve("b")).resolve("en.txt"), "Fine.");

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.articles()).extracting(Article::id).containsExactly("b");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly("etc: links outside the articles folder; skipped");
    }

    @Test
    void givenArticleYamlLinkedOutside_whenLoaded_thenMetadataIgnoredAndTranslationsRead() throws IOException {
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(outside.resolve("article.yaml"), "titles: { en: \"From outside\" }\n");
        Files.createSymbolicLink(a.resolve("article.yaml"), outside.resolve("article.yaml"));
        write(a.resolve("en.txt"), "Hi.");

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a")
                        .orElseThrow()
                        .translation("en")
                        .orElseThrow()
                        .title())
                .isEqualTo("a");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly("article.yaml: links outside the articles folder; metadata of this article ignored");
    }

    @Test
    void givenADanglingLinkAndALoop_whenLoaded_thenEachIsNamedWithAClearReason() throws IOException {
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("en.txt"), "Hi.");
        Files.createSymbolicLink(a.resolve("de.txt"), a.resolve("gone.txt"));
        Files.createSymbolicLink(a.resolve("fr.txt"), Path.of("fr.txt"));
        Files.createSymbolicLink(corpus.resolve("missing"), corpus.resolve("nowhere"));

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("en");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .satisfiesExactly(
                        p -> assertThat(p).isEqualTo("de.txt: link to a file that does not exist; skipped"),
                        p -> assertThat(p)
                                .startsWith("fr.txt: cannot be read: Too many levels of symbolic links")
                                .endsWith("; skipped"),
                        p -> assertThat(p).isEqualTo("missing: link to a file that does not exist; skipped"));
    }

    @Test
    void givenAConfigMapVolume_whenLoaded_thenItsLinksInsideAreFollowed() throws IOException {
        // GIVEN the layout kubelet makes: the data in a hidden timestamped folder, ..data linking to it, and each
        // key (here an article folder, and a file of another article) a link through ..data
        Path stamped = Files.createDirectories(corpus.resolve("..2026_12_06_10_00_00.123"));
        write(Files.createDirectories(stamped.resolve("linked")).resolve("en.txt"), "Linked folder.");
        write(stamped.resolve("linked/article.yaml"), "titles: { en: \"Through links\" }\n");
        write(Files.createDirectories(stamped.resolve("files")).resolve("de.txt"), "Verlinkte Datei.");
        Files.createSymbolicLink(corpus.resolve("..data"), Path.of("..2026_12_06_10_00_00.123"));
        Files.createSymbolicLink(corpus.resolve("linked"), Path.of("..data/linked"));
        Path files = Files.createDirectories(corpus.resolve("files"));
        Files.createSymbolicLink(files.resolve("de.txt"), Path.of("../..data/files/de.txt"));

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.articles()).extracting(Article::id).containsExactly("files", "linked");
        Translation linked =
                loaded.article("linked").orElseThrow().translation("en").orElseThrow();
        assertThat(linked.title()).isEqualTo("Through links");
        assertThat(linked.source()).isEqualTo(corpus.resolve("linked/en.txt"));
        assertThat(loaded.article("files")
                        .orElseThrow()
                        .translation("de")
                        .orElseThrow()
                        .blocks())
                .containsExactly(new Block(BlockKind.PARAGRAPH, "Verlinkte Datei."));
    }

    @Test
    void givenTheArticlesFolderItselfIsALink_whenLoaded_thenLinksInsideItsTargetAreFollowed() throws IOException {
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("en.txt"), "Hi.");
        Files.createSymbolicLink(a.resolve("de.txt"), Path.of("en.txt"));
        Path link = Files.createSymbolicLink(temp.resolve("articles"), corpus);

        Corpus loaded = loader.load(link);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("de", "en");
    }

    @Test
    void givenAFolderOnTheWaySwappedForALinkAfterTheCheck_whenOpened_thenTheOpenFailsInsteadOfReadingOutside()
            throws Exception {
        // GIVEN a file checked to be inside ...
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("de.txt"), "Inside.");
        ArticlesFolder folder = ArticlesFolder.of(corpus);
        Path real = folder.inside(a.resolve("de.txt"));
        // ... and then its folder replaced by a link to a folder outside holding a file of the same name
        Files.move(a, corpus.resolve("moved"));
        Files.createSymbolicLink(a, outside);

        // WHEN the checked path is opened, THEN it does not lead outside
        assertThatThrownBy(() -> {
                    try (InputStream in = folder.open(real)) {
                        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                .isNotEqualTo(SECRET);
                    }
                })
                .isInstanceOf(IOException.class);
    }

    @Test
    void givenTheFileItselfSwappedForALinkAfterTheCheck_whenOpened_thenTheOpenFails() throws Exception {
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("de.txt"), "Inside.");
        ArticlesFolder folder = ArticlesFolder.of(corpus);
        Path real = folder.inside(a.resolve("de.txt"));
        Files.delete(a.resolve("de.txt"));
        Files.createSymbolicLink(a.resolve("de.txt"), outside.resolve("de.txt"));

        assertThatThrownBy(() -> folder.open(real).close()).isInstanceOf(IOException.class);
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
