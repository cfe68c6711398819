package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one file may cost is bounded by its decoded text (code points, blocks, combining marks), not only by its
 * bytes: a translation over a bound is skipped with the bound and the figure, and the rest of its article and of
 * the corpus is loaded. Titles are cut.
 */
class CorpusLimitsTest {
    private final CorpusLoader loader = new CorpusLoader();

    @TempDir
    Path corpus;

    @Test
    void givenATranslationOverTheCodePointBound_whenLoaded_thenOnlyItIsSkippedWithTheFigure() throws IOException {
        // GIVEN the issue's French file, shortened to fit the byte bound: UTF-16 without a byte order mark
        Path a = Files.createDirectories(corpus.resolve("a"));
        String bonjour = "Bonjour le monde. ".repeat(CorpusLimits.TRANSLATION_CODE_POINTS / 18 + 1);
        Files.write(a.resolve("fr.txt"), bonjour.getBytes(StandardCharsets.UTF_16LE));
        write(a.resolve("en.txt"), "Hello world.");

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("en");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly(
                        "fr.txt: text too long (250 001 code points; at most 250 000 in a translation); skipped");
    }

    @Test
    void givenATranslationAtTheCodePointBound_whenLoaded_thenItIsRead() throws IOException {
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("fr.txt"), HostileTexts.exactly("Bonjour le monde. ", CorpusLimits.TRANSLATION_CODE_POINTS));

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.article("a").orElseThrow().translations()).containsKey("fr");
    }

    @Test
    void givenATranslationOfTooManyParagraphs_whenLoaded_thenItIsSkippedWithTheFigure() throws IOException {
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("de.txt"), "Absatz.\n\n".repeat(CorpusLimits.TRANSLATION_BLOCKS + 1));
        write(a.resolve("en.md"), "# Fine\n\nA paragraph.");

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("en");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly(
                        "de.txt: too many paragraphs (10 001 blocks; at most 10 000 in a translation); skipped");
    }

    @Test
    void givenAnArticleWhoseTranslationsTogetherPassTheArticleBound_whenLoaded_thenTheFirstOnesByNameAreKept()
            throws IOException {
        // GIVEN five translations of 240 000 code points each: four fit in an article, the fifth does not
        Path a = Files.createDirectories(corpus.resolve("a"));
        String text = HostileTexts.exactly("Ein Satz hier. ", 240_000);
        for (String lang : new String[] {"de", "en", "es", "fr", "pt"}) {
            write(a.resolve(lang + ".txt"), text);
        }

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("de", "en", "es", "fr");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly(
                        "pt.txt: the article would be too long with this translation (1 200 000 code points in all its"
                                + " translations; at most 1 000 000); skipped");
    }

    @Test
    void givenAnArticleWhoseTranslationsTogetherHaveTooManyParagraphs_whenLoaded_thenTheLastIsSkipped()
            throws IOException {
        Path a = Files.createDirectories(corpus.resolve("a"));
        String paragraphs = "Satz.\n\n".repeat(9_000);
        for (String lang : new String[] {"de", "en", "es", "fr", "pt"}) {
            write(a.resolve(lang + ".txt"), paragraphs);
        }

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("de", "en", "es", "fr");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly(
                        "pt.txt: the article would have too many paragraphs with this translation (45 000 blocks in all its"
                                + " translations; at most 40 000); skipped");
    }

    @Test
    void givenALetterWithAMillionAccents_whenLoaded_thenTheExcessMarksAreDroppedWithANotice() throws IOException {
        // GIVEN the issue's file, cut to the byte bound: UTF-16 with a byte order mark, "a" and accents (U+0301)
        Path a = Files.createDirectories(corpus.resolve("a"));
        String accents = "\u0301".repeat(CorpusLimits.FILE_BYTES / 2 - 2);
        Files.write(a.resolve("en.txt"), ("\uFEFFa" + accents).getBytes(StandardCharsets.UTF_16LE));
        // ... and Vietnamese and Thai, whose few marks in a row are text
        write(a.resolve("vi.txt"), "Tiếng Việt có dấu: ệ, ở, ữ.");
        write(a.resolve("th.txt"), "ภาษาไทย น้ำ กี่");

        Corpus loaded = loader.load(corpus);

        Article article = loaded.article("a").orElseThrow();
        assertThat(article.translation("en").orElseThrow().blocks())
                .containsExactly(new Block(BlockKind.PARAGRAPH, "a" + "\u0301".repeat(CorpusLimits.COMBINING_MARKS)));
        assertThat(article.translation("vi").orElseThrow().blocks().get(0).text())
                .isEqualTo("Tiếng Việt có dấu: ệ, ở, ữ.");
        assertThat(article.translation("th").orElseThrow().blocks().get(0).text())
                .isEqualTo("ภาษาไทย น้ำ กี่");
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(CorpusProblemTexts.nameAndReason(p))
                    .isEqualTo("en.txt: 1 048 544 combining marks dropped (more than 30 in a row on one character)");
            assertThat(p.effect()).isEqualTo(CorpusProblem.Effect.NOTICE);
        });
    }

    @Test
    void givenTheIssuesTwoHostileFiles_whenLoaded_thenBothAreSkippedUnreadAndTheArticleKeepsItsOtherTranslation()
            throws IOException {
        // GIVEN a 7.2 MB UTF-16 fr.txt without a byte order mark and an 8 MiB UTF-16 en.txt of "a" and accents
        Path a = Files.createDirectories(corpus.resolve("a"));
        Files.write(a.resolve("fr.txt"), "Bonjour le monde. ".repeat(200_000).getBytes(StandardCharsets.UTF_16LE));
        Files.write(
                a.resolve("en.txt"),
                ("\uFEFFa" + "\u0301".repeat(4 * 1024 * 1024 - 2)).getBytes(StandardCharsets.UTF_16LE));
        write(a.resolve("de.txt"), "Hallo Welt.");

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a").orElseThrow().translations().keySet()).containsExactly("de");
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly(
                        "en.txt: file too large (8 388 608 bytes; at most 2 097 152); skipped",
                        "fr.txt: file too large (7 200 000 bytes; at most 2 097 152); skipped");
    }

    @Test
    void givenAHugeHtmlTitle_whenLoaded_thenItIsCutAtAWordQuicklyWithANotice() throws IOException {
        // GIVEN a <title> of a megabyte of "word - " (a site-name separator at every word) and a long first heading
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("en.html"), "<title>" + "word - ".repeat(150_000) + "</title><p>Body.</p>");
        write(a.resolve("de.md"), "# " + "Überschrift ".repeat(100) + "\n\nText.");
        long start = System.nanoTime();

        Corpus loaded = loader.load(corpus);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        Article article = loaded.article("a").orElseThrow();
        String en = article.translation("en").orElseThrow().title();
        String de = article.translation("de").orElseThrow().title();
        assertThat(en).startsWith("word - word").endsWith(" -…").hasSizeLessThanOrEqualTo(CorpusLimits.TITLE_CHARS);
        assertThat(de)
                .startsWith("Überschrift Überschrift")
                .endsWith("Überschrift…")
                .hasSizeLessThanOrEqualTo(CorpusLimits.TITLE_CHARS);
        assertThat(loaded.problems())
                .extracting(CorpusProblemTexts::nameAndReason)
                .containsExactly(
                        "de.md: title of 1 199 characters cut to 200",
                        "en.html: title of 1 049 999 characters cut to 200");
        assertThat(loaded.problems()).allSatisfy(p -> assertThat(p.effect()).isEqualTo(CorpusProblem.Effect.NOTICE));
    }

    @Test
    void givenAHugeTitleInArticleYaml_whenLoaded_thenItIsCutWithANoticeOnArticleYaml() throws IOException {
        Path a = Files.createDirectories(corpus.resolve("a"));
        write(a.resolve("article.yaml"), "titles:\n  pt: \"" + "Título longo ".repeat(70_000) + "\"\n");
        write(a.resolve("pt.txt"), "Texto.");

        Corpus loaded = loader.load(corpus);

        String title = loaded.article("a")
                .orElseThrow()
                .translation("pt")
                .orElseThrow()
                .title();
        assertThat(title)
                .startsWith("Título longo Título")
                .endsWith("longo…")
                .hasSizeLessThanOrEqualTo(CorpusLimits.TITLE_CHARS);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(CorpusProblemTexts.nameAndReason(p))
                    .isEqualTo("article.yaml: key 'titles.pt': title of 909 999 characters cut to 200");
            assertThat(p.effect()).isEqualTo(CorpusProblem.Effect.NOTICE);
        });
    }

    @Test
    void givenAnHtmlFileWithAStrayNul_whenLoaded_thenItIsReadWithANotice() throws IOException {
        // GIVEN a page of text with one NUL byte in it (an editor's glitch)
        Path a = Files.createDirectories(corpus.resolve("a"));
        Files.write(a.resolve("en.html"), "<h1>Title</h1><p>One\u0000 paragraph.</p>".getBytes(StandardCharsets.UTF_8));

        Corpus loaded = loader.load(corpus);

        assertThat(loaded.article("a")
                        .orElseThrow()
                        .translation("en")
                        .orElseThrow()
                        .blocks())
                .containsExactly(
                        new Block(BlockKind.HEADING, "Title"), new Block(BlockKind.PARAGRAPH, "One paragraph."));
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(CorpusProblemTexts.nameAndReason(p)).isEqualTo("en.html: 1 NUL character dropped");
            assertThat(p.effect()).isEqualTo(CorpusProblem.Effect.NOTICE);
        });
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Text of an exact length. */
    private static final class HostileTexts {
        /** {@code codePoints} characters of {@code sentence} repeated, ending in a full stop. */
        static String exactly(String sentence, int codePoints) {
            String text = sentence.repeat(codePoints / sentence.length() + 1).substring(0, codePoints - 1);
            return text + ".";
        }
    }
}
