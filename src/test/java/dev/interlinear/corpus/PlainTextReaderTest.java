package dev.interlinear.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void givenParagraphsSeparatedByBlankLines_whenRead_thenOneParagraphEachWithCollapsedWhitespace() throws Exception {
        ParsedDocument document = reader.read("First  line\nstill first.\r\n\r\n  \t\nSecond\tparagraph.\n\n\n");

        assertThat(document.blocks())
                .containsExactly(
                        new Block(BlockKind.PARAGRAPH, "First line still first."),
                        new Block(BlockKind.PARAGRAPH, "Second paragraph."));
        assertThat(document.title()).isEmpty();
    }

    @Test
    void givenOneParagraphWithoutTrailingNewline_whenRead_thenOneParagraph() throws Exception {
        assertThat(reader.read("Just one sentence.").blocks())
                .containsExactly(new Block(BlockKind.PARAGRAPH, "Just one sentence."));
    }

    @Test
    void givenOnlyWhitespace_whenRead_thenUnreadable() {
        assertThatThrownBy(() -> reader.read(" \n\n\t "))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("no text content");
    }
}
