package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void givenAtxAndSetextHeadings_whenRead_thenHeadings() throws Exception {
        ParsedDocument document = reader.read("""
                # Title #
                Intro text.

                Setext heading
                --------------

                Another one
                ===
                ## Sub *emphasised*
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.HEADING, "Title"),
                        new Block(BlockKind.PARAGRAPH, "Intro text."),
                        new Block(BlockKind.HEADING, "Setext heading"),
                        new Block(BlockKind.HEADING, "Another one"),
                        new Block(BlockKind.HEADING, "Sub emphasised"));
    }

    @Test
    void givenListsWithNestingAndContinuation_whenRead_thenOneListItemPerItem() throws Exception {
        ParsedDocument document = reader.read("""
                - first item
                  continues here
                * second item
                  1. nested ordered
                  2) nested second
                + [x] done task

                Paragraph after.
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.LIST_ITEM, "first item continues here"),
                        new Block(BlockKind.LIST_ITEM, "second item"),
                        new Block(BlockKind.LIST_ITEM, "nested ordered"),
                        new Block(BlockKind.LIST_ITEM, "nested second"),
                        new Block(BlockKind.LIST_ITEM, "done task"),
                        new Block(BlockKind.PARAGRAPH, "Paragraph after."));
    }

    @Test
    void givenFencedAndIndentedCode_whenRead_thenCodeKeepsNewlinesAndMarkup() throws Exception {
        ParsedDocument document = reader.read("""
                Run this:

                ```sh
                apt-get update
                  apt-get install *foo*
                ```

                    indented line 1
                    indented line 2

                ~~~
                unclosed fence
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.PARAGRAPH, "Run this:"),
                        new Block(BlockKind.CODE, "apt-get update\n  apt-get install *foo*"),
                        new Block(BlockKind.CODE, "indented line 1\nindented line 2"),
                        new Block(BlockKind.CODE, "unclosed fence"));
    }

    @Test
    void givenBlockquoteWithLazyContinuation_whenRead_thenQuote() throws Exception {
        ParsedDocument document = reader.read("""
                > Quoted **words**
                lazy continuation
                >
                > second quoted paragraph
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.QUOTE, "Quoted words lazy continuation"),
                        new Block(BlockKind.QUOTE, "second quoted paragraph"));
    }

    @Test
    void givenPipeTable_whenRead_thenOneCellPerBlock() throws Exception {
        ParsedDocument document = reader.read("""
                | Name | Value |
                |:-----|------:|
                | `a\\|b` | [link](http://x.org) |
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.TABLE_CELL, "Name"),
                        new Block(BlockKind.TABLE_CELL, "Value"),
                        new Block(BlockKind.TABLE_CELL, "a|b"),
                        new Block(BlockKind.TABLE_CELL, "link"));
    }

    @Test
    void givenInlineMarkup_whenRead_thenOnlyTheVisibleTextRemains() throws Exception {
        ParsedDocument document =
                reader.read("Some **bold**, *em*, _under_, ~~gone~~, `code *not em*`, [a link](https://x.org \"t\"),"
                        + " ![alt text](img.png), <https://auto.link>, snake_case_name, 2 * 3 * 4, \\*literal\\*,"
                        + " <b>html</b> &amp; [ref][1].\n\n[1]: https://example.org");

        assertThat(document.blocks())
                .containsExactly(new Block(
                        BlockKind.PARAGRAPH,
                        "Some bold, em, under, gone, code *not em*, a link, alt text, https://auto.link, snake_case_name,"
                                + " 2 * 3 * 4, *literal*, html & ref."));
    }

    @Test
    void givenFrontMatterWithTitle_whenRead_thenTitleFromFrontMatterAndNoMetadataBlocks() throws Exception {
        ParsedDocument document = reader.read("---\ntitle: \"Front title\"\nlang: de\n---\n\nBody.\n");

        assertThat(document.title()).contains("Front title");
        assertThat(document.blocks()).containsExactly(new Block(BlockKind.PARAGRAPH, "Body."));
    }

    @Test
    void givenFootnotes_whenRead_thenReferencesGoAndDefinitionsKeepTheirText() throws Exception {
        ParsedDocument document = reader.read("""
                A claim[^1] and another[^long].

                [^1]: The source.
                [^long]: A longer note
                    - with a list of its own
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.PARAGRAPH, "A claim and another."),
                        new Block(BlockKind.PARAGRAPH, "The source."),
                        new Block(BlockKind.PARAGRAPH, "A longer note"),
                        new Block(BlockKind.LIST_ITEM, "with a list of its own"));
    }

    @Test
    void givenReferenceLinksAndRawHtml_whenRead_thenLinkTextsAndTheHtmlReadersBlocks() throws Exception {
        ParsedDocument document = reader.read("""
                See [the book] and [the guide][g].

                <pre>
                  kept   as code
                </pre>

                [the book]: https://example.org/book
                [g]: https://example.org/guide "Guide"
                """);

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.PARAGRAPH, "See the book and the guide."),
                        new Block(BlockKind.CODE, "  kept   as code"));
    }

    @Test
    void givenListsNestedDeeperThanTheLimit_whenRead_thenTheDeepestAreText() throws Exception {
        StringBuilder markdown = new StringBuilder();
        for (int level = 0; level <= MarkdownReader.MAX_NESTING; level++) {
            markdown.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }

        ParsedDocument document = reader.read(markdown.toString());

        assertThat(document.blocks())
                .hasSize(MarkdownReader.MAX_NESTING)
                .last()
                .isEqualTo(new Block(BlockKind.LIST_ITEM, "level 15 - level 16"));
    }

    @Test
    void givenATableOfMoreCellsThanATranslationMayHold_whenRead_thenUnreadableWithTheBound() {
        String table = "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(CorpusLimits.TRANSLATION_BLOCKS);

        assertThatThrownBy(() -> reader.read(table))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("10000 cells");
    }

    @Test
    void givenOnlyCommentsAndRules_whenRead_thenUnreadable() {
        assertThatThrownBy(() -> reader.read("<!-- nothing -->\n\n---\n"))
                .isInstanceOf(UnreadableDocumentException.class);
    }
}
