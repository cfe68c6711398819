package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
    private final CorpusLoader loader = new CorpusLoader();

    @TempDir
    Path root;

    @Test
    void givenTheSampleArticles_whenLoaded_thenGermanAndPortugueseWithYamlTitles() {
        Corpus corpus = loader.load(Path.of("config/articles"));

        assertThat(corpus.problems()).isEmpty();
        Article article = corpus.article("openai-compute").orElseThrow();
        assertThat(article.original()).contains("zh");
        assertThat(article.translations().keySet()).containsExactly("de", "pt");
        assertThat(article.translation("de").orElseThrow().title()).startsWith("Warum sammelt Sam");
        assertThat(article.translation("pt").orElseThrow().blocks())
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH));
    }

    @Test
    void givenMissingFolder_whenLoaded_thenCorpusExceptionWithOneLine() {
        assertThatThrownBy(() -> loader.load(root.resolve("nope")))
                .isInstanceOf(CorpusException.class)
                .hasMessage("articles folder not found: " + root.resolve("nope"))
                .hasMessageNotContaining("\n");
    }

    @Test
    void givenMixedGoodAndBrokenFiles_whenLoaded_thenGoodOnesLoadedAndEachBrokenOneReported() throws IOException {
        Path a = Files.createDirectories(root.resolve("alpha"));
        write(a.resolve("pt-br.md"), "# Título\n\nTexto.");
        write(a.resolve("DE.txt"), "Hallo Welt.");
        write(a.resolve("de.html"), "<p>Zweite deutsche Datei</p>"); // "DE.txt" sorts first, so this is the second
        write(a.resolve("en.txt"), ""); // empty
        Files.write(a.resolve("fr.txt"), new byte[] {0x7F, 0x45, 0x4C, 0x46, 0, 0, 1}); // binary
        write(a.resolve("xx.txt"), "unknown language"); // not a language
        write(a.resolve("es.pdf"), "not a format we read"); // unknown extension
        write(a.resolve("it.html"), "<html><head><title>t</title></head></html>"); // no body content
        Files.write(a.resolve("ca.txt"), "Català: «Això és ràpid».".getBytes(Charset.forName("windows-1252")));
        Files.createDirectories(root.resolve("Bad_Name"));
        Files.createDirectories(root.resolve("empty-article"));
        write(root.resolve("README.md"), "not an article");

        Corpus corpus = loader.load(root);

        Article alpha = corpus.article("alpha").orElseThrow();
        assertThat(alpha.translations().keySet()).containsExactly("de", "ca", "pt-BR");
        assertThat(alpha.translation("de").orElseThrow().source().getFileName().toString())
                .isEqualTo("DE.txt");
        assertThat(alpha.translation("pt-BR").orElseThrow().title()).isEqualTo("Título");
        assertThat(alpha.translation("ca").orElseThrow().blocks().get(0).text()).isEqualTo("Català: «Això és ràpid».");
        assertThat(alpha.translation("de").orElseThrow().title()).isEqualTo("alpha");
        assertThat(corpus.articles()).extracting(Article::id).containsExactly("alpha");
        assertThat(corpus.problems())
                .extracting(p -> p.file().getFileName().toString() + ": " + p.reason())
                .containsExactly(
                        "Bad_Name: folder name is not a valid article id (use lower-case letters, digits and '-'); skipped",
                        "de.html: second file for language de (already read from DE.txt); skipped",
                        "en.txt: empty file; skipped",
                        "es.pdf: not a translation file (expected <lang>.htm|html|md|txt); ignored",
                        "fr.txt: not a text file (binary data); skipped",
                        "it.html: HTML without text content; skipped",
                        "xx.txt: 'xx' is not a language tag (BCP 47, for example de, pt-BR); skipped",
                        "empty-article: article has no usable translation; skipped");
    }

    @Test
    void givenManyArticlesSomeBroken_whenLoaded_thenArticlesAndProblemsComeInFolderOrder() throws IOException {
        // GIVEN 40 articles (read on several threads), every fourth with an empty file
        for (int i = 0; i < 40; i++) {
            Path folder = Files.createDirectories(root.resolve(String.format("a%02d", i)));
            write(folder.resolve("de.txt"), "Artikel " + i + ".");
            if (i % 4 == 0) {
                write(folder.resolve("en.txt"), "");
            }
        }

        // WHEN loaded
        Corpus corpus = loader.load(root);

        // THEN the order is the folders' order, as with one thread
        assertThat(corpus.articles())
                .extracting(Article::id)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40)
                        .mapToObj(i -> String.format("a%02d", i))
                        .toList());
        assertThat(corpus.problems())
                .extracting(p -> p.file().getParent().getFileName().toString())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40)
                        .filter(i -> i % 4 == 0)
                        .mapToObj(i -> String.format("a%02d", i))
                        .toList());
    }

    @Test
    void givenUtf8BomFile_whenLoaded_thenBomNotInText() throws IOException {
        Path a = Files.createDirectories(root.resolve("bom"));
        Files.write(a.resolve("en.txt"), ("\uFEFFHello.").getBytes(StandardCharsets.UTF_8));

        Translation en =
                loader.load(root).article("bom").orElseThrow().translation("en").orElseThrow();

        assertThat(en.blocks()).containsExactly(new Block(BlockKind.PARAGRAPH, "Hello."));
    }

    @Test
    void givenInvalidYaml_whenLoaded_thenProblemNamesFileAndTranslationsStillLoadWithoutMetadata() throws IOException {
        Path a = Files.createDirectories(root.resolve("broken-yaml"));
        write(a.resolve("article.yaml"), "titles: { de: \"unclosed\n  urls: [");
        write(a.resolve("de.md"), "# Überschrift\n\nText.");

        Corpus corpus = loader.load(root);

        Translation de =
                corpus.article("broken-yaml").orElseThrow().translation("de").orElseThrow();
        assertThat(de.title()).isEqualTo("Überschrift");
        assertThat(de.url()).isEmpty();
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(a.resolve("article.yaml"));
            assertThat(p.reason())
                    .startsWith("invalid YAML: ")
                    .contains("line ")
                    .doesNotContain("\n")
                    .endsWith("metadata of this article ignored");
        });
    }

    @Test
    void givenWronglyTypedYaml_whenLoaded_thenProblemNamesKeyAndMetadataIgnored() throws IOException {
        Path a = Files.createDirectories(root.resolve("typed"));
        write(
                a.resolve("article.yaml"),
                "original: de\ntitles: [a, b]\nurls: { de: 42, pt: \"ftp://x\" }\ncolour: red\n");
        write(a.resolve("de.txt"), "Text.");

        Corpus corpus = loader.load(root);

        Article article = corpus.article("typed").orElseThrow();
        assertThat(article.original()).isEmpty();
        assertThat(article.translation("de").orElseThrow().title()).isEqualTo("typed");
        assertThat(corpus.problems())
                .extracting(CorpusProblem::reason)
                .containsExactly(
                        "key 'titles': expected a mapping from language to title, found a list; metadata of this article ignored",
                        "key 'urls.de': expected a URL, found a number; metadata of this article ignored",
                        "key 'urls.pt': 'ftp://x' is not an http(s) URL; metadata of this article ignored",
                        "unknown key 'colour' ignored (known keys: original, titles, urls); metadata of this article ignored");
    }

    @Test
    void givenYamlWithTitlesAndUrls_whenLoaded_thenTitlePrecedenceAndUrlsPerNormalisedLanguage() throws IOException {
        Path a = Files.createDirectories(root.resolve("meta"));
        write(
                a.resolve("article.yaml"),
                "original: EN\ntitles: { pt-br: \"Título YAML\" }\nurls: { PT-BR: \"https://x.org/pt\" }\n");
        write(a.resolve("pt-BR.html"), "<title>Título HTML</title><h1>H1</h1><p>x</p>");
        write(a.resolve("en.html"), "<title>HTML title - Site</title><h1>H1</h1><p>x</p>");
        write(a.resolve("de.md"), "Text\n\n## Zweite Ebene\n");

        Article article = loader.load(root).article("meta").orElseThrow();

        assertThat(article.original()).contains("en");
        assertThat(article.translation("pt-BR").orElseThrow().title()).isEqualTo("Título YAML");
        assertThat(article.translation("pt-BR").orElseThrow().url()).contains("https://x.org/pt");
        assertThat(article.translation("en").orElseThrow().title()).isEqualTo("HTML title");
        assertThat(article.translation("en").orElseThrow().url()).isEmpty();
        assertThat(article.translation("de").orElseThrow().title()).isEqualTo("Zweite Ebene");
    }

    @Test
    void givenUnreadableFile_whenLoaded_thenPermissionProblem() throws IOException {
        Path a = Files.createDirectories(root.resolve("locked"));
        write(a.resolve("en.txt"), "Fine.");
        Path locked = write(a.resolve("de.txt"), "Geheim.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean enforced = !Files.isReadable(locked); // root ignores file permissions
        try {
            Corpus corpus = loader.load(root);

            assertThat(corpus.article("locked").orElseThrow().translations()).containsKey("en");
            if (enforced) {
                assertThat(corpus.problems())
                        .extracting(CorpusProblem::reason)
                        .containsExactly("cannot be read: permission denied; skipped");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void givenTheEvaluationCorpus_whenLoaded_thenFourArticlesWithoutProblems() {
        Corpus corpus = loader.load(Path.of("eval/corpora/debian-reference"));

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles())
                .extracting(Article::id)
                .containsExactly("authentication", "i18n-l10n", "network-setup", "system-initialization");
        assertThat(corpus.article("system-initialization")
                        .orElseThrow()
                        .translations()
                        .keySet())
                .containsExactly("de", "en", "es", "pt");
        assertThat(corpus.article("network-setup")
                        .orElseThrow()
                        .translation("fr")
                        .orElseThrow()
                        .title())
                .isEqualTo("Configuration du réseau");
        assertThat(corpus.article("network-setup")
                        .orElseThrow()
                        .translation("fr")
                        .orElseThrow()
                        .url())
                .contains("https://www.debian.org/doc/manuals/debian-reference/ch05.fr.html");
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
