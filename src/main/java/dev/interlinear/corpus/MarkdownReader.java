package dev.interlinear.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Reads {@code .md} with commonmark-java: CommonMark, GFM tables, strikethrough, task boxes and footnotes, YAML
 * front matter for the title. Inline markup is reduced to the text a reader sees: emphasis marks, code backticks
 * and link targets go, link texts and image alt texts stay. Raw HTML blocks are read as the HTML reader reads a
 * page; inline tags are dropped, their text kept.
 */
public final class MarkdownReader implements DocumentReader {
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A[ \\t]*---[ \\t]*\\n(.*?)^[ \\t]*(?:---|\\.\\.\\.)[ \\t]*$\\n?", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]\\][ \\t]+");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*+/?>");

    /**
     * Lists nested deeper than this are read as text (a list level is two open blocks, the list and its item;
     * a quote level one, so quotes nest twice as deep). It bounds the depth of the tree walked below.
     */
    static final int MAX_NESTING = 16;

    /** Thread-safe, as the loader needs: commonmark-java's parser is built once and used from many threads. */
    private final Parser parser = Parser.builder()
            .extensions(List.of(
                    TablesExtension.builder()
                            .maxCells(CorpusLimits.TRANSLATION_BLOCKS)
                            .build(),
                    StrikethroughExtension.create()))
            .maxOpenBlockParsers(2 * MAX_NESTING + 1)
            .customBlockParserFactory(FootnoteDefinition::start)
            .linkProcessor(MarkdownReader::footnoteReference)
            .build();

    private final HtmlReader htmlReader = new HtmlReader();

    @Override
    public ParsedDocument read(String content) throws UnreadableDocumentException {
        String markdown = Whitespace.stripBom(content).replace("\r\n", "\n").replace('\r', '\n');
        Optional<String> title = Optional.empty();
        Matcher frontMatter = FRONT_MATTER.matcher(markdown);
        if (frontMatter.find()) {
            title = frontMatter
                    .group(1)
                    .lines()
                    .filter(l -> l.startsWith("title:"))
                    .map(l -> l.substring("title:".length()).strip().replaceAll("^([\"'])(.*)\\1$", "$2"))
                    .filter(t -> !t.isEmpty())
                    .findFirst();
            markdown = markdown.substring(frontMatter.end());
        }
        Node document;
        try {
            document = parser.parse(markdown);
        } catch (IllegalArgumentException tooManyCells) { // the only limit commonmark-java enforces by failing
            throw new UnreadableDocumentException(
                    "too many paragraphs (a table of more than " + CorpusLimits.TRANSLATION_BLOCKS + " cells)");
        }
        List<Block> blocks = new ArrayList<>();
        addBlocks(document, BlockKind.PARAGRAPH, blocks);
        if (blocks.isEmpty()) {
            throw new UnreadableDocumentException("no text content");
        }
        return new ParsedDocument(title, blocks);
    }

    /** Prose takes the kind of its container (a quote over a list item); headings, code and cells keep theirs. */
    private void addBlocks(Node parent, BlockKind proseKind, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Heading heading -> add(blocks, BlockKind.HEADING, text(heading));
                case Paragraph paragraph -> add(blocks, proseKind, withoutTaskBox(paragraph, text(paragraph)));
                case TableCell cell -> add(blocks, BlockKind.TABLE_CELL, text(cell));
                case FencedCodeBlock code -> addCode(blocks, code.getLiteral());
                case IndentedCodeBlock code -> addCode(blocks, code.getLiteral());
                case HtmlBlock html -> addHtml(blocks, proseKind, html.getLiteral());
                case BlockQuote quote -> addBlocks(quote, BlockKind.QUOTE, blocks);
                case ListItem item ->
                    addBlocks(item, proseKind == BlockKind.QUOTE ? BlockKind.QUOTE : BlockKind.LIST_ITEM, blocks);
                default -> addBlocks(node, proseKind, blocks); // lists, tables and their rows; nothing in a rule
            }
        }
    }

    /** A task list item's box ({@code - [x] done}) is not text; tasks are GFM, not CommonMark. */
    private static String withoutTaskBox(Paragraph paragraph, String text) {
        boolean firstInItem = paragraph.getParent() instanceof ListItem && paragraph.getPrevious() == null;
        return firstInItem ? TASK_BOX.matcher(text).replaceFirst("") : text;
    }

    /** The text a reader sees in a block's inline content. */
    private static String text(Node block) {
        StringBuilder out = new StringBuilder();
        appendText(block, out);
        return out.toString();
    }

    private static void appendText(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                out.append(text.getLiteral());
            } else if (node instanceof Code code) {
                out.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            } else if (node instanceof HtmlInline html) {
                out.append(LINE_BREAK_TAG.matcher(html.getLiteral()).matches() ? " " : "");
            } else {
                appendText(node, out); // emphasis, links, image alt texts
            }
        }
    }

    /** Raw HTML is read as the HTML reader reads a page: {@code <pre>} is code, tags go, their text stays. */
    private void addHtml(List<Block> blocks, BlockKind proseKind, String html) {
        try {
            for (Block block : htmlReader.read(html).blocks()) {
                blocks.add(block.kind() == BlockKind.PARAGRAPH ? new Block(proseKind, block.text()) : block);
            }
        } catch (UnreadableDocumentException noText) {
            // a comment, an empty element: nothing to read
        }
    }

    /** A footnote reference ({@code [^1]}) is not text; footnotes are GFM, not CommonMark. */
    private static LinkResult footnoteReference(LinkInfo link, Scanner scanner, InlineParserContext context) {
        return link.marker() == null
                        && link.destination() == null
                        && link.text(scanner).startsWith("^")
                ? LinkResult.replaceWith(new Text(""), scanner.position())
                : LinkResult.none();
    }

    /** A footnote definition ({@code [^1]: text}, GFM): a container, like a list item, of lines indented by four. */
    private static final class FootnoteDefinition extends AbstractBlockParser {
        private static final Pattern START = Pattern.compile("\\[\\^[^\\]\\s]++\\]:[ \\t]*+");
        private final CustomBlock block = new CustomBlock() {};

        static BlockStart start(ParserState state, MatchedBlockParser matched) {
            CharSequence line = state.getLine().getContent();
            Matcher m = START.matcher(line).region(state.getNextNonSpaceIndex(), line.length());
            return state.getIndent() < 4 && m.lookingAt()
                    ? BlockStart.of(new FootnoteDefinition()).atIndex(m.end())
                    : BlockStart.none();
        }

        @Override
        public org.commonmark.node.Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(org.commonmark.node.Block child) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return state.isBlank()
                    ? BlockContinue.atIndex(state.getIndex())
                    : state.getIndent() >= 4 ? BlockContinue.atColumn(state.getColumn() + 4) : BlockContinue.none();
        }
    }

    private static void addCode(List<Block> blocks, String code) {
        String text = Whitespace.tidyCode(code);
        if (!text.isBlank()) {
            blocks.add(new Block(BlockKind.CODE, text));
        }
    }

    private static void add(List<Block> blocks, BlockKind kind, String text) {
        String collapsed = Whitespace.collapse(text);
        if (!collapsed.isEmpty()) {
            blocks.add(new Block(kind, collapsed));
        }
    }
}
