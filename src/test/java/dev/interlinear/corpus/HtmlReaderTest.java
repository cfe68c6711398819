package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {
    private static final Path DEBIAN_REFERENCE = Path.of("eval/corpora/debian-reference");
    private final HtmlReader reader = new HtmlReader();

    @Test
    void givenPageWithChrome_whenRead_thenOnlyMainContentRemains() throws Exception {
        ParsedDocument document = reader.read("""
                <html><head><title>Install guide — Example 2.0 documentation</title><style>p{}</style></head>
                <body><a class="skip-link" href="#main">Skip to content</a>
                <header><nav><a href="/">Home</a></nav></header>
                <aside>Sidebar</aside>
                <main id="main"><article><header><h1>Install guide</h1></header>
                <p>Run the <code>installer</code>  with <em>care</em>.<script>track()</script></p>
                <form><button>Subscribe</button></form>
                <footer>Posted by admin</footer></article></main>
                <footer>© Example</footer></body></html>
                """);

        assertThat(document.title()).contains("Install guide");
        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.HEADING, "Install guide"),
                        new Block(BlockKind.PARAGRAPH, "Run the installer with care."));
    }

    @Test
    void givenInlineTagsAndNestedBlocks_whenRead_thenSpacesAreRightAndTextAppearsOnce() throws Exception {
        ParsedDocument document = reader.read("""
                <body><ul>
                <li><p>Item <b>one</b>\n<i>two</i><br>three</p></li>
                <li>Outer <span>text</span><ul><li>inner</li></ul></li>
                </ul>
                <blockquote><p>Quoted</p></blockquote>
                <dl><dt>term</dt><dd><p>definition</p></dd></dl>
                <pre><span>line 1</span>
                  line 2<br>line 3</pre>
                <table><tr><th>Key</th><th>Value</th></tr><tr><td>a<b>b</b></td><td></td></tr></table>
                <p>foo<span>(1)</span> x&nbsp;y</p>
                </body>
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.LIST_ITEM, "Item one two three"),
                        new Block(BlockKind.LIST_ITEM, "Outer text"),
                        new Block(BlockKind.LIST_ITEM, "inner"),
                        new Block(BlockKind.QUOTE, "Quoted"),
                        new Block(BlockKind.LIST_ITEM, "term"),
                        new Block(BlockKind.LIST_ITEM, "definition"),
                        new Block(BlockKind.CODE, "line 1\n  line 2\nline 3"),
                        new Block(BlockKind.TABLE_CELL, "Key"),
                        new Block(BlockKind.TABLE_CELL, "Value"),
                        new Block(BlockKind.TABLE_CELL, "ab"),
                        new Block(BlockKind.PARAGRAPH, "foo(1) x y"));
    }

    @Test
    void givenTitleWithSiteSuffix_whenRead_thenSuffixStripped() throws Exception {
        assertThat(reader.read("<title>Chapter 2. Packages - Debian Reference</title><p>x</p>")
                        .title())
                .contains("Chapter 2. Packages");
        assertThat(reader.read("<title>A | B | Site</title><p>x</p>").title()).contains("A | B");
        assertThat(reader.read("<title>Plain title</title><p>x</p>").title()).contains("Plain title");
        assertThat(reader.read("<body><h1>Only heading</h1><p>x</p></body>").title())
                .contains("Only heading");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<html><head><title>Empty</title></head></html>",
                "<html><body>  <nav>Home</nav> </body></html>",
                "<!-- nothing -->"
            })
    void givenNoBodyOrNoContent_whenRead_thenUnreadable(String html) {
        assertThatThrownBy(() -> reader.read(html)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void givenSphinxPage_whenRead_thenNoNavigationNoPilcrowsAndCodeBlocks() throws Exception {
        ParsedDocument document = reader.read(resource("/corpus/sphinx/python-policy.html"));

        assertThat(document.title()).contains("Debian Python Policy 0.12.0.0 documentation");
        assertThat(document.blocks().get(0)).isEqualTo(new Block(BlockKind.HEADING, "Abstract"));
        assertThat(texts(document))
                .noneMatch(t -> t.contains("¶"))
                .doesNotContain("Navigation", "Table of Contents", "Quick search", "index", "next", "previous");
        assertThat(document.blocks()).contains(new Block(BlockKind.HEADING, "3.2. Main packages"));
        assertThat(document.blocks())
                .filteredOn(b -> b.kind() == BlockKind.CODE)
                .anySatisfy(b -> assertThat(b.text()).startsWith("import foo"));
        assertThat(String.join(" ", texts(document))).doesNotContain("Created using", "Sphinx 5", "Show Source");
        assertNoDuplicatedProse(document);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "system-initialization/en.html",
                "system-initialization/de.html",
                "authentication/fr.html",
                "network-setup/pt.html",
                "network-setup/es.html",
                "i18n-l10n/en.html"
            })
    void givenDocBookChapter_whenRead_thenCleanBlocks(String file) throws Exception {
        ParsedDocument document = reader.read(Files.readString(DEBIAN_REFERENCE.resolve(file)));
        List<String> texts = texts(document);

        // Navigation header/footer tables and the table of contents are gone.
        assertThat(texts)
                .doesNotContain(
                        "Prev",
                        "Next",
                        "Up",
                        "Home",
                        "Table of Contents",
                        "Inhaltsverzeichnis",
                        "Table des matières",
                        "Tabla de contenidos",
                        "Índice",
                        "Tip",
                        "Note",
                        "Warning",
                        "Caution");
        assertThat(document.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(document.blocks().get(0).text()).matches("\\S+ \\d+\\. .+");
        assertThat(document.blocks())
                .filteredOn(b -> b.kind() == BlockKind.HEADING)
                .extracting(Block::text)
                .anyMatch(t -> t.matches("\\d+\\.\\d+\\. .+"));
        assertThat(document.blocks())
                .filteredOn(b -> b.kind() == BlockKind.CODE)
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.text()).doesNotStartWith("\n"));
        assertThat(document.blocks())
                .filteredOn(b -> b.kind() == BlockKind.LIST_ITEM)
                .isNotEmpty();
        assertThat(document.blocks())
                .filteredOn(b -> b.kind() == BlockKind.TABLE_CELL)
                .isNotEmpty();
        // The last block is content, not the footer's chapter titles.
        assertThat(document.blocks().get(document.blocks().size() - 1).kind()).isNotEqualTo(BlockKind.HEADING);
        assertNoDuplicatedProse(document);
        assertThat(document.blocks())
                .filteredOn(b -> b.kind() != BlockKind.CODE)
                .extracting(Block::text)
                .allSatisfy(t -> assertThat(t).doesNotContain("  ").isEqualTo(t.strip()));
    }

    @Test
    void givenDocBookCodeBlock_whenRead_thenMultiLineCodeKeepsNewlines() throws Exception {
        ParsedDocument document = reader.read(Files.readString(DEBIAN_REFERENCE.resolve("i18n-l10n/en.html")));

        assertThat(document.blocks())
                .contains(
                        new Block(
                                BlockKind.CODE,
                                "# dpkg-reconfigure keyboard-configuration\n# dpkg-reconfigure console-setup"),
                        new Block(
                                BlockKind.LIST_ITEM,
                                "Select all required locale data to be compiled into the binary form."
                                        + " (Please make sure to include at least one UTF-8 locale)"));
    }

    private static void assertNoDuplicatedProse(ParsedDocument document) {
        Map<String, Long> counts = document.blocks().stream()
                .filter(b -> b.kind().isProse()
                        && b.kind() != BlockKind.TABLE_CELL
                        && b.text().length() > 60)
                .collect(Collectors.groupingBy(Block::text, Collectors.counting()));
        assertThat(counts)
                .allSatisfy((text, count) -> assertThat(count).as(text).isEqualTo(1L));
    }

    private static List<String> texts(ParsedDocument document) {
        return document.blocks().stream().map(Block::text).toList();
    }

    private static String resource(String name) throws Exception {
        try (var in = HtmlReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
