package dev.interlinear.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads {@code .html}/{@code .htm}: keeps the page's main content as blocks and drops everything a reader
 * of the article would skip (navigation, headers and footers, sidebars, scripts, tables of contents).
 *
 * <p>Tuned on real generator output: Sphinx ({@code div.body}, {@code .headerlink}, {@code .related},
 * {@code .sphinxsidebar}) and DocBook XSL ({@code div.navheader}/{@code div.navfooter} navigation tables,
 * {@code div.toc}, admonition layout tables).
 */
public final class HtmlReader implements DocumentReader {

    /** Never content, wherever they appear. */
    private static final String ALWAYS_DROPPED = String.join(
            ", ",
            "script",
            "style",
            "noscript",
            "template",
            "form",
            "button",
            "input",
            "select",
            "textarea",
            "iframe",
            "svg",
            "canvas",
            "nav",
            "aside",
            "dialog",
            "[hidden]",
            "[role=navigation]",
            "[role=search]",
            "[role=banner]",
            "[role=contentinfo]",
            "[aria-hidden=true]",
            // Sphinx
            ".headerlink",
            "div.related",
            "div.sphinxsidebar",
            "div.footer",
            "div.rst-versions",
            "a.skip-link",
            // breadcrumbs, whatever the generator
            ".breadcrumb",
            ".breadcrumbs",
            "[aria-label=breadcrumb]",
            "[aria-label=breadcrumbs]",
            // DocBook XSL
            "div.navheader",
            "div.navfooter",
            "div.toc",
            "dl.toc",
            "div.list-of-tables",
            "div.list-of-figures",
            "div.list-of-examples",
            "div.list-of-procedures",
            // generic tables of contents
            "#toc",
            "#table-of-contents",
            "div.contents.topic",
            "nav.contents");

    /** DocBook admonitions (tip, note, ...) are layout tables whose icon and label cell repeat on every box. */
    private static final String ADMONITION_LABELS = String.join(
            ", ",
            "div.tip > table th",
            "div.note > table th",
            "div.warning > table th",
            "div.caution > table th",
            "div.important > table th");

    /** Main content, most specific first; the first selector that matches wins. */
    private static final List<String> MAIN_CONTENT = List.of(
            "main",
            "[role=main]",
            "article",
            "div.body",
            "div.document",
            "div.book",
            "div.set",
            "div.part",
            "div.chapter",
            "div.appendix",
            "div.preface",
            "div.article",
            "div.reference",
            "div.refentry",
            "div.glossary",
            "div.sect1");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "html",
            "legend",
            "li",
            "listing",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul",
            "xmp",
            "plaintext");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A table cell holding any of these is layout, not data. */
    private static final String LAYOUT_CONTENT = "p, div, ul, ol, dl, pre, table, h1, h2, h3, h4, h5, h6, blockquote";

    private static final Pattern SKIP_LINK = Pattern.compile("(?i)skip to (the )?(main )?content|skip navigation");
    /** A site name after one of these, at the end of a {@code <title>}, is not part of the article's title. */
    /**
     * Only a title of ordinary length is looked at for a site name: the pattern's look-ahead scans the rest of the
     * title at every separator, which on a megabyte of "a - a - ..." would take hours. A longer title is cut anyway.
     */
    private static final int SITE_SUFFIX_TITLE_CHARS = 4 * CorpusLimits.TITLE_CHARS;

    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:[—–|·»]|-|::)\\s+(?!.*\\s(?:[—–|·»]|-|::)\\s)");

    @Override
    public ParsedDocument read(String content) throws UnreadableDocumentException {
        Document document = Jsoup.parse(Whitespace.stripBom(content));
        Element body = document.body();
        if (body == null) {
            throw new UnreadableDocumentException("HTML without a body");
        }
        Optional<String> firstH1 = Optional.ofNullable(body.selectFirst("h1"))
                .map(h -> {
                    h.select(".headerlink").remove();
                    return Whitespace.collapse(h.text());
                })
                .filter(t -> !t.isEmpty());
        Optional<String> title = title(document, firstH1);

        dropNonContent(body);
        Element main = mainContent(body);
        List<Block> blocks = new ArrayList<>();
        new BlockCollector(blocks, elementsWithBlocks(main)).container(main, BlockKind.PARAGRAPH);
        if (blocks.isEmpty()) {
            throw new UnreadableDocumentException("HTML without text content");
        }
        return new ParsedDocument(title, blocks);
    }

    private static Optional<String> title(Document document, Optional<String> firstH1) {
        Element titleElement = document.head() == null ? null : document.head().selectFirst("title");
        String raw = titleElement == null ? "" : Whitespace.collapse(titleElement.text());
        if (raw.isEmpty()) {
            return firstH1;
        }
        if (firstH1.isPresent() && firstH1.get().equalsIgnoreCase(raw) || raw.length() > SITE_SUFFIX_TITLE_CHARS) {
            return Optional.of(raw);
        }
        var matcher = TITLE_SUFFIX.matcher(raw);
        if (matcher.find() && matcher.start() > 0) {
            return Optional.of(raw.substring(0, matcher.start()).strip());
        }
        return Optional.of(raw);
    }

    private static void dropNonContent(Element body) {
        body.select(ALWAYS_DROPPED).remove();
        body.select(ADMONITION_LABELS).remove();
        // Page-level header and footer are site chrome; an article's own header holds its title, so it stays.
        for (Element element : body.select("header, footer")) {
            boolean insideContent = element.parents().stream()
                    .anyMatch(p -> p.nameIs("article") || p.nameIs("main") || "main".equals(p.attr("role")));
            if (!insideContent || element.nameIs("footer")) {
                element.remove();
            }
        }
        for (Element link : body.select("a")) {
            if (SKIP_LINK.matcher(link.text().strip()).matches()) {
                link.remove();
            }
        }
        // A Sphinx toctree is a list of links on index pages, but wraps the whole text in single-page builds.
        for (Element toctree : body.select("div.toctree-wrapper")) {
            if (toctree.select("p, pre, h1, h2, h3, h4, h5, h6, dd, td").isEmpty()) {
                toctree.remove();
            }
        }
    }

    private static Element mainContent(Element body) {
        for (String selector : MAIN_CONTENT) {
            Elements found = body.select(selector);
            if (found.size() == 1 || (!found.isEmpty() && !selector.equals("article"))) {
                Element candidate = found.first();
                if (!candidate.text().isBlank()) {
                    return candidate;
                }
            }
        }
        return body;
    }

    static boolean isBlock(Node node) {
        return node instanceof Element e && BLOCK_TAGS.contains(e.normalName());
    }

    /**
     * The elements that have a block element inside, found in one pass from each block up: asking every inline
     * element of a deeply nested page for its descendants would take time in the square of the depth.
     */
    private static Set<Element> elementsWithBlocks(Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : root.getAllElements()) {
            if (e != root && BLOCK_TAGS.contains(e.normalName())) {
                for (Element up = e.parent(); up != null && out.add(up) && up != root; up = up.parent()) {
                    // each ancestor is marked once: the climb stops at the first one already marked
                }
            }
        }
        return out;
    }

    /** Walks the content tree once, emitting each piece of text in exactly one block. */
    private static final class BlockCollector {
        private final List<Block> blocks;
        private final Set<Element> withBlocks;

        BlockCollector(List<Block> blocks, Set<Element> withBlocks) {
            this.blocks = blocks;
            this.withBlocks = withBlocks;
        }

        /**
         * Emits the blocks of an element whose children may mix inline text and block elements.
         *
         * @param proseKind the kind of the prose found here: a paragraph inside a list item is part of the item
         */
        void container(Element element, BlockKind proseKind) {
            InlineText run = new InlineText();
            children(element, run, proseKind);
            emit(proseKind, run.take());
        }

        private void children(Element parent, InlineText run, BlockKind proseKind) {
            for (Node child : parent.childNodes()) {
                if (isBlock(child)) {
                    emit(proseKind, run.take());
                    block((Element) child, proseKind);
                } else if (child instanceof Element inline && withBlocks.contains(inline)) {
                    // An inline element wrapping blocks: XHTML's <a id="x"/> parsed as HTML stays open and
                    // swallows the following paragraphs. It is transparent: its text joins the current run.
                    children(inline, run, proseKind);
                } else {
                    run.append(child);
                }
            }
        }

        private void block(Element element, BlockKind proseKind) {
            String tag = element.normalName();
            if (HEADINGS.contains(tag)) {
                emit(BlockKind.HEADING, InlineText.of(element));
            } else if (tag.equals("pre") || tag.equals("xmp") || tag.equals("listing") || tag.equals("plaintext")) {
                String code = Whitespace.tidyCode(InlineText.preformatted(element));
                if (!code.isBlank()) {
                    blocks.add(new Block(BlockKind.CODE, code));
                }
            } else if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
                container(element, proseKind == BlockKind.QUOTE ? BlockKind.QUOTE : BlockKind.LIST_ITEM);
            } else if (tag.equals("blockquote")) {
                container(element, BlockKind.QUOTE);
            } else if (tag.equals("table")) {
                table(element, proseKind);
            } else if (tag.equals("hr")) {
                // a rule separates, it says nothing
            } else if (tag.equals("p")
                    || tag.equals("caption")
                    || tag.equals("figcaption")
                    || tag.equals("summary")
                    || tag.equals("legend")) {
                container(
                        element,
                        proseKind == BlockKind.LIST_ITEM
                                        || proseKind == BlockKind.QUOTE
                                        || proseKind == BlockKind.TABLE_CELL
                                ? proseKind
                                : BlockKind.PARAGRAPH);
            } else {
                container(element, proseKind);
            }
        }

        /**
         * A data table yields one block per cell. A layout table (cells holding paragraphs, lists or code,
         * or marked as presentation) is only a frame: its cells are read like any other container.
         */
        private void table(Element table, BlockKind proseKind) {
            Elements cells = ownCells(table);
            boolean layout = "presentation".equals(table.attr("role"))
                    || "none".equals(table.attr("role"))
                    || cells.stream().anyMatch(c -> c.selectFirst(LAYOUT_CONTENT) != null);
            Element caption = table.selectFirst("> caption");
            if (caption != null) {
                emit(BlockKind.PARAGRAPH, InlineText.of(caption));
            }
            for (Element cell : cells) {
                if (layout) {
                    container(cell, proseKind);
                } else {
                    emit(BlockKind.TABLE_CELL, InlineText.of(cell));
                }
            }
        }

        /** Cells of this table only, not of tables nested in its cells (which are not even looked into). */
        private static Elements ownCells(Element table) {
            Elements own = new Elements();
            Deque<Element> pending = new ArrayDeque<>(table.children());
            while (!pending.isEmpty()) {
                Element e = pending.pop();
                if (e.nameIs("td") || e.nameIs("th")) {
                    own.add(e);
                } else if (!e.nameIs("table")) {
                    e.children().reversed().forEach(pending::push);
                }
            }
            return own;
        }

        private void emit(BlockKind kind, String text) {
            String collapsed = Whitespace.collapse(text);
            if (!collapsed.isEmpty()) {
                blocks.add(new Block(kind, collapsed));
            }
        }
    }

    /** Text of inline content, with spaces only where the source has whitespace or a line break. */
    private static final class InlineText {
        private final StringBuilder text = new StringBuilder();

        static String of(Element element) {
            InlineText inline = new InlineText();
            for (Node child : element.childNodes()) {
                inline.append(child);
            }
            return inline.take();
        }

        void append(Node node) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    text.append(' ');
                } else if (element.nameIs("img")) {
                    // images carry no text of the article (their alt text is mostly "icon" or "[Tip]")
                } else {
                    // A block inside an inline element (invalid but common) still separates words.
                    boolean block = isBlock(element);
                    if (block) {
                        text.append(' ');
                    }
                    for (Node child : element.childNodes()) {
                        append(child);
                    }
                    if (block) {
                        text.append(' ');
                    }
                }
            }
        }

        String take() {
            String result = Whitespace.collapse(text.toString());
            text.setLength(0);
            return result;
        }

        /** Text of a {@code pre}, newlines kept; a {@code br} inside it is a newline. */
        static String preformatted(Element element) {
            StringBuilder out = new StringBuilder();
            appendPreformatted(element, out);
            return out.toString();
        }

        private static void appendPreformatted(Node node, StringBuilder out) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode textNode) {
                    out.append(textNode.getWholeText());
                } else if (child instanceof Element element) {
                    if (element.nameIs("br")) {
                        out.append('\n');
                    } else if (!element.nameIs("img")) {
                        appendPreformatted(element, out);
                    }
                }
            }
        }
    }
}
