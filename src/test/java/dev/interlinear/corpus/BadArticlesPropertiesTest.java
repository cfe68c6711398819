package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.HostileText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Bad article files, read one by one: whatever the bytes, the encoding, the markup or the file name, a file is
 * read (its text intact) or skipped with a one-line reason naming it, quickly, and the rest of the corpus is
 * loaded. The whole pipeline on such files: BadCorpusIndexTest.
 */
class BadArticlesPropertiesTest {

    /** Reading takes milliseconds; only something pathological (a regex backtracking) gets near this. */
    private static final Duration SLOW = Duration.ofSeconds(3);

    private final DocumentReaders readers = DocumentReaders.standard();
    private final TextDecoder decoder = new TextDecoder();

    // ------------------------------------------------------------------ readers

    @Property(tries = 300)
    void givenAnyText_whenReadAsATranslation_thenBlocksOrAClearReason(
            @ForAll("documents") String content, @ForAll("extensions") String extension) {
        read(content, extension);
    }

    @Property(tries = 60)
    void givenTensOfThousandsOfOneConstruct_whenRead_thenQuickly(
            @ForAll("repetitions") String content, @ForAll("extensions") String extension) {
        read(content, extension);
    }

    /** Constructs that once took minutes or overflowed the stack when repeated, each in every format. */
    @Example
    void givenFiftyThousandCharactersOfAConstructThatOnceHung_whenRead_thenQuickly() {
        List<String> contents = List.of(
                "[".repeat(50_000),
                "![".repeat(25_000),
                "[^".repeat(25_000),
                "<".repeat(50_000),
                "<!--".repeat(12_500),
                "x " + "`".repeat(50_000),
                "**a ".repeat(12_500),
                "__a ".repeat(12_500),
                "~~a ".repeat(12_500),
                "> ".repeat(25_000),
                "- ".repeat(25_000),
                "a|b\n" + "|-".repeat(25_000),
                "\n".repeat(50_000),
                " \n".repeat(25_000),
                "# a" + " ".repeat(50_000) + "b",
                "[a](" + "x".repeat(50_000) + ")",
                "<div>x".repeat(10_000),
                "<b>x ".repeat(15_000),
                "<blockquote>x".repeat(10_000),
                "<ul><li>x".repeat(8_000),
                "<table><tr><td>x".repeat(3_000),
                "<a id=x>x".repeat(8_000));
        for (String content : contents) {
            for (String extension : List.of("md", "txt", "html")) {
                read(content, extension);
            }
        }
    }

    private void read(String content, String extension) {
        DocumentReader reader = readers.forExtension(extension).orElseThrow();
        long start = System.nanoTime();
        try {
            ParsedDocument document = reader.read(content);
            // THEN blocks of text: none blank, prose on one line without surrounding spaces
            assertThat(document.blocks()).isNotEmpty().allSatisfy(b -> {
                assertThat(b.text()).isNotBlank();
                if (b.kind() != BlockKind.CODE) {
                    assertThat(b.text()).isEqualTo(b.text().strip()).doesNotContain("\n", "\r");
                }
            });
            Statistics.label("read").collect("blocks");
        } catch (UnreadableDocumentException e) {
            assertOneLine(e.getMessage());
            Statistics.label("read").collect(e.getMessage());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("time to read")
                .isLessThan(SLOW);
    }

    // ------------------------------------------------------------------ decoding

    @Property(tries = 300)
    void givenAnyBytes_whenDecoded_thenTextOrAClearReason(@ForAll("bytes") byte[] bytes) {
        try {
            String text = decoder.decode(bytes);
            assertThat(text).isNotBlank().doesNotStartWith("\uFEFF");
        } catch (UnreadableDocumentException e) {
            assertOneLine(e.getMessage());
        }
    }

    enum Encoding {
        UTF_8,
        UTF_8_BOM,
        UTF_16LE_BOM,
        UTF_16BE_BOM,
        UTF_16LE,
        UTF_16BE,
        WINDOWS_1252;

        byte[] encode(String text) {
            return switch (this) {
                case UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
                case UTF_8_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                case UTF_16LE_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
                case UTF_16BE_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
                case UTF_16LE -> text.getBytes(StandardCharsets.UTF_16LE);
                case UTF_16BE -> text.getBytes(StandardCharsets.UTF_16BE);
                case WINDOWS_1252 -> text.getBytes(Charset.forName("windows-1252"));
            };
        }
    }

    @Property(tries = 300)
    void givenArticleTextInAnyEncoding_whenDecoded_thenTheSameText(
            @ForAll("latinTexts") String text, @ForAll Encoding encoding) throws UnreadableDocumentException {
        assertThat(decoder.decode(encoding.encode(text))).isEqualTo(text);
    }

    @Property(tries = 150)
    void givenTextInAnyScriptWithAByteOrderMark_whenDecoded_thenTheSameText(
            @ForAll("anyScriptTexts") String text, @ForAll("unicodeEncodings") Encoding encoding)
            throws UnreadableDocumentException {
        assertThat(decoder.decode(encoding.encode(text))).isEqualTo(text);
    }

    @Example
    void givenTheSameArticleInSevenEncodings_whenLoaded_thenEveryTranslationHasTheSameText() throws IOException {
        String text =
                "Überschrift\n\nDer Vertrag über 300 Milliarden US-Dollar – „gut“, sagte Sam Altman. Ça coûte 5 €.";
        Path root = Files.createTempDirectory("encodings");
        try {
            // GIVEN one article per encoding (a folder holds one file per language)
            for (Encoding e : Encoding.values()) {
                Path folder = Files.createDirectories(
                        root.resolve(e.name().toLowerCase().replace('_', '-')));
                Files.write(folder.resolve("de.txt"), e.encode(text));
            }

            Corpus corpus = new CorpusLoader().load(root);

            assertThat(corpus.problems()).isEmpty();
            assertThat(corpus.articles())
                    .hasSize(Encoding.values().length)
                    .allSatisfy(
                            a -> assertThat(a.translation("de").orElseThrow().blocks())
                                    .extracting(Block::text)
                                    .containsExactly(
                                            "Überschrift",
                                            "Der Vertrag über 300 Milliarden US-Dollar – „gut“, sagte Sam Altman. Ça coûte 5 €."));
        } finally {
            delete(root);
        }
    }

    // ------------------------------------------------------------------ the loader

    @Property(tries = 60)
    void givenAnyFilesInAnArticleFolder_whenLoaded_thenEachIsReadOrNamedInAProblem(
            @ForAll("files") List<Tuple.Tuple2<String, byte[]>> files) throws IOException {
        Path root = Files.createTempDirectory("bad-files");
        try {
            Path folder = Files.createDirectories(root.resolve("article"));
            Map<Path, byte[]> written = new LinkedHashMap<>();
            for (Tuple.Tuple2<String, byte[]> f : files) {
                Path file = folder.resolve(f.get1());
                if (!written.containsKey(file) && !f.get1().equals("article.yaml")) {
                    Files.write(file, f.get2());
                    written.put(file, f.get2());
                }
            }

            Corpus corpus = new CorpusLoader().load(root);

            // THEN every problem is one line, and every file is a translation or is named in a problem
            corpus.problems().forEach(p -> assertOneLine(p.reason()));
            List<Path> read = corpus.articles().stream()
                    .flatMap(a -> a.translations().values().stream())
                    .map(Translation::source)
                    .toList();
            List<Path> named =
                    corpus.problems().stream().map(CorpusProblem::file).toList();
            List<Path> skipped = corpus.problems().stream()
                    .filter(CorpusProblem::fileSkipped)
                    .map(CorpusProblem::file)
                    .toList();
            for (Path file : written.keySet()) {
                String name = file.getFileName().toString();
                // Hidden files are ignored quietly (.DS_Store), unless named like a translation (".de.txt", "..txt")
                boolean quiet = name.startsWith(".")
                        && (name.lastIndexOf('.') == 0
                                || readers.forExtension(extension(file)).isEmpty());
                if (!quiet) {
                    assertThat(read.contains(file) || named.contains(file))
                            .as(file.getFileName().toString())
                            .isTrue();
                }
                assertThat(read.contains(file) && skipped.contains(file))
                        .as("read and skipped")
                        .isFalse();
            }
            if (read.isEmpty()) {
                assertThat(named).contains(folder);
            }
            Statistics.label("translations read").collect(read.size());
        } finally {
            delete(root);
        }
    }

    @Example
    void givenAParagraphAsLongAsATranslationMayBe_whenLoaded_thenItIsCutAtSentencesAndNothingIsLost()
            throws IOException {
        String sentence = "Der Vertrag mit Oracle umfasst 300 Milliarden US-Dollar. ";
        String paragraph = sentence.repeat(CorpusLimits.TRANSLATION_CODE_POINTS / sentence.length());
        Path root = Files.createTempDirectory("long-paragraph");
        try {
            Path folder = Files.createDirectories(root.resolve("long"));
            Files.writeString(folder.resolve("de.txt"), paragraph.replace(". ", ".\n"));
            long start = System.nanoTime();

            Corpus corpus = new CorpusLoader().load(root);

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            List<Block> blocks = corpus.article("long")
                    .orElseThrow()
                    .translation("de")
                    .orElseThrow()
                    .blocks();
            assertThat(blocks).hasSizeGreaterThan(20).allSatisfy(b -> {
                assertThat(b.text().length()).isLessThanOrEqualTo(CorpusLimits.BLOCK_CHARS);
                assertThat(b.text()).startsWith("Der Vertrag").endsWith(".");
            });
            assertThat(String.join(" ", blocks.stream().map(Block::text).toList()))
                    .isEqualTo(Whitespace.collapse(paragraph));
            assertThat(took).isLessThan(SLOW);
        } finally {
            delete(root);
        }
    }

    @Property(tries = 200)
    void givenAnyLongBlock_whenCut_thenEveryPieceFitsAndNothingIsLost(
            @ForAll("wellFormedTexts") String text,
            @ForAll @IntRange(min = 8, max = 400) int max,
            @ForAll boolean code) {
        List<String> pieces = BlockCutter.pieces(text, max, code);

        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(max);
            assertThat(p).isNotBlank();
            assertThat(isWellFormed(p)).as("a surrogate pair cut in two").isTrue();
        });
        // THEN only whitespace where the text was cut goes
        assertThat(withoutWhitespace(String.join("", pieces))).isEqualTo(withoutWhitespace(text));
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> wellFormedTexts() {
        return Arbitraries.oneOf(HostileText.text(60), HostileText.repeated(1, 3_000))
                .filter(BadArticlesPropertiesTest::isWellFormed);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("txt", "md", "html", "htm", "TXT", "Md");
    }

    /** Pieces of Markdown and HTML, well-formed or not, among hostile text. */
    static final List<String> MARKUP = List.of(
            "# ",
            "## Heading\n",
            "Title\n===\n",
            "---\n",
            "---\ntitle: x\n---\n",
            "```",
            "```java\n",
            "~~~",
            "\n    code\n",
            "> ",
            "> > ",
            "- ",
            "* ",
            "+ ",
            "1. ",
            "2) ",
            "- [ ] ",
            "|a|b|\n|-|-|\n|1|2|\n",
            "| x |",
            "[x](y)",
            "[x](<y z>)",
            "![i](u \"t\")",
            "[^1]",
            "[^1]: note\n",
            "<https://x.org>",
            "`",
            "``",
            "**",
            "__",
            "*",
            "_",
            "~~",
            "\\",
            "\\*",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "&nbsp;",
            "<br>",
            "<!-- c -->",
            "<!--",
            "-->",
            "<!DOCTYPE html>",
            "<html>",
            "</html>",
            "<head>",
            "<title>T</title>",
            "<body>",
            "</body>",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<main>",
            "<article>",
            "<nav>Menu</nav>",
            "<header>",
            "<footer>",
            "<script>x()</script>",
            "<style>p{}</style>",
            "<pre>",
            "</pre>",
            "<table><tr><td>",
            "</td><td>",
            "</table>",
            "<ul><li>",
            "<li>",
            "<blockquote>",
            "<h1>",
            "</h1>",
            "<a href='",
            "'>",
            "<img src=x alt=y>",
            "<![CDATA[",
            "]]>",
            "<?xml ?>",
            "<",
            ">",
            "</",
            "<a",
            "<x-custom>",
            "\n",
            "\n\n",
            "\r\n\r\n",
            "\t",
            "Wort",
            "Satz. ",
            "Texto, ");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> piece =
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(MARKUP)), Tuple.of(2, HostileText.text(3)));
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    /** One construct repeated over 20 000 to 60 000 characters: unclosed brackets, comments, nesting, runs. */
    @Provide
    Arbitrary<String> repetitions() {
        Arbitrary<String> construct = Arbitraries.oneOf(
                Arbitraries.of(MARKUP),
                Arbitraries.of(
                        "[", "![", "[^", "<!--", "<a ", "<div>", "<b>", "<p><i>", "<li>", "<table>", "`", "``a", "*a",
                        "_a", "**a", "~~a", "a@", "a@b.", "A.", "http://", "www.", "\\", "&", "&#", "|", "\n", " \n",
                        "\n\n", "> ", "- ", "1. ", "    ", "#", "(", ")", "a", "1", ".", "…", ":\"", "„", "😀",
                        "\u0301", "\u0000"),
                HostileText.text(3).filter(t -> !t.isEmpty()));
        // Inside a paragraph, a heading, a quote, a list item, a table or an element, too.
        Arbitrary<String> context = Arbitraries.of("", "x ", "# ", "> ", "- ", "a|b\n", "<p>", "[a](");
        return Combinators.combine(context, construct, HostileText.lengths(20_000, 60_000))
                .as((before, c, length) -> before + HostileText.repeat(c, length) + "b");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2048),
                // text with a few stray bytes: NULs, lone UTF-8 continuation bytes, half a BOM
                HostileText.text(20)
                        .map(t -> t.getBytes(StandardCharsets.UTF_8))
                        .flatMap(b -> Arbitraries.of(
                                        (byte) 0, (byte) 0x80, (byte) 0xEF, (byte) 0xFE, (byte) 0xFF, (byte) 0xC3)
                                .list()
                                .ofMaxSize(3)
                                .map(extra -> {
                                    byte[] out = new byte[b.length + extra.size()];
                                    System.arraycopy(b, 0, out, extra.size(), b.length);
                                    for (int i = 0; i < extra.size(); i++) {
                                        out[i] = extra.get(i);
                                    }
                                    return out;
                                })));
    }

    /** Article text in Latin script: what windows-1252 can hold, mostly ASCII, never blank. */
    @Provide
    Arbitrary<String> latinTexts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .withCharRange('A', 'Z')
                        .ofMinLength(1)
                        .ofMaxLength(10),
                Arbitraries.strings()
                        .withChars("àáâãäçèéêëìíîïñòóôõöùúûüßÀÉÖÜ")
                        .ofMinLength(1)
                        .ofMaxLength(2),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of(
                        ", ", ". ", "? ", "! ", ": ", "; ", " – ", " „", "“ ", "« ", " »", "€", "’", "\n", "\n\n",
                        "\t"));
        return word.list()
                .ofMinSize(1)
                .ofMaxSize(80)
                .map(words -> String.join(" ", words))
                .filter(t -> !t.isBlank()
                        && t.chars()
                                                .filter(c -> c < 128 && Character.isLetter(c))
                                                .count()
                                        * 2
                                >= t.length());
    }

    /** Any script, emoji and combining marks: only a byte order mark (or UTF-8) tells such text apart. */
    @Provide
    Arbitrary<String> anyScriptTexts() {
        return Arbitraries.oneOf(
                        HostileText.text(30),
                        Arbitraries.strings()
                                .withCharRange('\u0400', '\u04FF')
                                .withCharRange('\u4E00', '\u4FFF')
                                .withChars(" \n😀")
                                .ofMinLength(1)
                                .ofMaxLength(200))
                .filter(t -> !t.isBlank() && isWellFormed(t) && !hasControlCharacters(t) && !t.startsWith("\uFEFF"));
    }

    @Provide
    Arbitrary<Encoding> unicodeEncodings() {
        return Arbitraries.of(Encoding.UTF_8, Encoding.UTF_8_BOM, Encoding.UTF_16LE_BOM, Encoding.UTF_16BE_BOM);
    }

    /** File names: language tags good and bad, odd extensions; contents: documents, raw bytes, nothing. */
    @Provide
    Arbitrary<List<Tuple.Tuple2<String, byte[]>>> files() {
        Arbitrary<String> tag = Arbitraries.of(
                "de",
                "pt",
                "pt-br",
                "PT-BR",
                "en",
                "es-419",
                "fr",
                "zh-Hans-CN",
                "xx",
                "tlh",
                "de-XX-foo",
                "qaa",
                "und",
                "i-klingon",
                "x-private",
                "",
                ".",
                "..",
                "1",
                "é",
                "de.de",
                "readme",
                "de ",
                " de",
                "en-US-u-ca-gregory",
                ".de");
        Arbitrary<String> extension =
                Arbitraries.of("txt", "md", "html", "htm", "TXT", "pdf", "", "yaml", "txt~", "docx");
        Arbitrary<String> name = Combinators.combine(tag, extension)
                .as((t, e) -> e.isEmpty() ? t : t + "." + e)
                .filter(n -> !n.isEmpty() && !n.equals(".") && !n.equals(".."));
        Arbitrary<byte[]> content = Arbitraries.oneOf(
                documents().map(d -> d.getBytes(StandardCharsets.UTF_8)),
                bytes(),
                Arbitraries.just(new byte[0]),
                latinTexts().map(t -> t.getBytes(Charset.forName("windows-1252"))));
        return Combinators.combine(name, content).as(Tuple::of).list().ofMaxSize(8);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertOneLine(String reason) {
        assertThat(reason).isNotBlank().doesNotContain("\n", "\r").hasSizeLessThan(400);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String withoutWhitespace(String text) {
        return text.codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Control characters other than line breaks and tabs make a file binary to the decoder. */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
