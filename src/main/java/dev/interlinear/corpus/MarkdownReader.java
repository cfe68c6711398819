package dev.interlinear.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads {@code .md}: a line-based reader for the CommonMark/GFM constructs that articles use
 * (ATX and setext headings, lists, fenced and indented code, block quotes, pipe tables, YAML front matter).
 * Inline markup is reduced to the text a reader sees: emphasis marks, code backticks and link targets go,
 * link texts and image alt texts stay. Raw HTML tags are dropped, their text kept.
 */
public final class MarkdownReader implements DocumentReader {
    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^`]*)$");
    /** The text of a heading is taken whole, its closing #s are cut off afterwards (see {@link #headingText}). */
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*)|[ \\t]*)$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    // Possessive repetitions: a line of thousands of "- " or "|-" is one match, not one level of recursion each.
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*+\\1){2,}+[ \\t]*+$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*+]|\\d{1,9}[.)])(?:[ \\t]+(.*))?$");
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]\\][ \\t]+");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\s*+\\|?\\s*+:?-++:?\\s*+(?:\\|\\s*+:?-++:?\\s*+)*+\\|?\\s*+$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*\\S.*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^ {0,3}\\[\\^[^\\]]+\\]:\\s*(.*)$");

    /** Quotes and lists nested deeper than this are read as text: each level is a level of recursion. */
    static final int MAX_NESTING = 16;

    private final InlineMarkdown inline = new InlineMarkdown();

    @Override
    public ParsedDocument read(String content) throws UnreadableDocumentException {
        List<String> lines = new ArrayList<>(List.of(
                Whitespace.stripBom(content).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        Optional<String> title = frontMatterTitle(lines);
        List<Block> blocks = parse(lines, 0);
        if (blocks.isEmpty()) {
            throw new UnreadableDocumentException("no text content");
        }
        return new ParsedDocument(title, blocks);
    }

    /** Removes a leading YAML front matter block from {@code lines} and returns its {@code title}, if any. */
    private Optional<String> frontMatterTitle(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Optional.empty();
        }
        for (int end = 1; end < lines.size(); end++) {
            String line = lines.get(end).strip();
            if (line.equals("---") || line.equals("...")) {
                Optional<String> title = lines.subList(1, end).stream()
                        .filter(l -> l.startsWith("title:"))
                        .map(l -> l.substring("title:".length()).strip().replaceAll("^([\"'])(.*)\\1$", "$2"))
                        .filter(t -> !t.isEmpty())
                        .findFirst();
                lines.subList(0, end + 1).clear();
                return title;
            }
        }
        return Optional.empty(); // an opening rule without a closing one is a thematic break, not front matter
    }

    private List<Block> parse(List<String> lines, int depth) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                flushParagraph(paragraph, blocks);
                i++;
            } else if (line.stripLeading().startsWith("<!--")) {
                flushParagraph(paragraph, blocks);
                while (i < lines.size() && !lines.get(i).contains("-->")) {
                    i++;
                }
                i++;
            } else if ((m = FENCE.matcher(line)).matches() && !(m.group(2).startsWith("`") && m.group(3).contains("`"))) {
                flushParagraph(paragraph, blocks);
                i = fencedCode(lines, i, m, blocks);
            } else if ((m = ATX_HEADING.matcher(line)).matches()) {
                flushParagraph(paragraph, blocks);
                add(blocks, BlockKind.HEADING, inline.strip(m.group(2) == null ? "" : headingText(m.group(2))));
                i++;
            } else if (!paragraph.isEmpty() && SETEXT_UNDERLINE.matcher(line).matches()) {
                add(blocks, BlockKind.HEADING, inline.strip(String.join("\n", paragraph)));
                paragraph.clear();
                i++;
            } else if (THEMATIC_BREAK.matcher(line).matches()) {
                flushParagraph(paragraph, blocks);
                i++;
            } else if (depth < MAX_NESTING && QUOTE.matcher(line).matches()) {
                flushParagraph(paragraph, blocks);
                i = quote(lines, i, blocks, depth);
            } else if (line.contains("|") && i + 1 < lines.size() && TABLE_DELIMITER.matcher(lines.get(i + 1)).matches()
                    && lines.get(i + 1).contains("-")) {
                flushParagraph(paragraph, blocks);
                i = table(lines, i, blocks);
            } else if (depth < MAX_NESTING && (m = LIST_ITEM.matcher(line)).matches()
                    && (m.group(3) != null || paragraph.isEmpty())) {
                flushParagraph(paragraph, blocks);
                i = listItem(lines, i, m, blocks, depth);
            } else if (paragraph.isEmpty() && indentation(line) >= 4) {
                i = indentedCode(lines, i, blocks);
            } else if (paragraph.isEmpty() && REFERENCE_DEFINITION.matcher(line).matches()) {
                i++;
            } else if ((m = FOOTNOTE_DEFINITION.matcher(line)).matches()) {
                flushParagraph(paragraph, blocks);
                paragraph.add(m.group(1));
                i++;
            } else {
                paragraph.add(line);
                i++;
            }
        }
        flushParagraph(paragraph, blocks);
        return blocks;
    }

    private int fencedCode(List<String> lines, int start, Matcher opening, List<Block> blocks) {
        int indent = opening.group(1).length();
        String fence = opening.group(2);
        Pattern closing = Pattern.compile("^ {0,3}" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length() + ",}\\s*$");
        StringBuilder code = new StringBuilder();
        int i = start + 1;
        while (i < lines.size() && !closing.matcher(lines.get(i)).matches()) {
            code.append(removeIndent(lines.get(i), indent)).append('\n');
            i++;
        }
        String text = Whitespace.tidyCode(code.toString());
        if (!text.isBlank()) {
            blocks.add(new Block(BlockKind.CODE, text));
        }
        return i + 1; // past the closing fence; an unclosed fence runs to the end of the file
    }

    private int indentedCode(List<String> lines, int start, List<Block> blocks) {
        StringBuilder code = new StringBuilder();
        int i = start;
        while (i < lines.size() && (lines.get(i).isBlank() || indentation(lines.get(i)) >= 4)) {
            code.append(removeIndent(lines.get(i), 4)).append('\n');
            i++;
        }
        String text = Whitespace.tidyCode(code.toString());
        if (!text.isBlank()) {
            blocks.add(new Block(BlockKind.CODE, text));
        }
        return i;
    }

    /** A block quote, with lazy continuation lines; its content is read as Markdown of its own. */
    private int quote(List<String> lines, int start, List<Block> blocks, int depth) {
        List<String> inner = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m = QUOTE.matcher(line);
            if (m.matches()) {
                inner.add(m.group(1));
            } else if (!line.isBlank() && !inner.isEmpty() && !inner.get(inner.size() - 1).isBlank()
                    && !startsBlock(line)) {
                inner.add(line);
            } else {
                break;
            }
            i++;
        }
        addNested(blocks, parse(inner, depth + 1), BlockKind.QUOTE);
        return i;
    }

    private int table(List<String> lines, int start, List<Block> blocks) {
        addCells(lines.get(start), blocks);
        int i = start + 2;
        while (i < lines.size() && !lines.get(i).isBlank() && lines.get(i).contains("|")) {
            addCells(lines.get(i), blocks);
            i++;
        }
        return i;
    }

    private void addCells(String row, List<Block> blocks) {
        String trimmed = row.strip();
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        for (String cell : trimmed.split("(?<!\\\\)\\|", -1)) {
            add(blocks, BlockKind.TABLE_CELL, inline.strip(cell.replace("\\|", "|")));
        }
    }

    /**
     * A list item with everything that belongs to it: lazy continuation lines and lines indented to its content
     * (further paragraphs, nested lists, code). The content is read as Markdown; its prose becomes list items.
     */
    private int listItem(List<String> lines, int start, Matcher marker, List<Block> blocks, int depth) {
        String first = marker.group(3) == null ? "" : TASK_BOX.matcher(marker.group(3)).replaceFirst("");
        int contentIndent = marker.group(1).length() + marker.group(2).length() + 1;
        List<String> inner = new ArrayList<>();
        inner.add(first);
        int i = start + 1;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                int next = i + 1;
                while (next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
                if (next < lines.size() && indentation(lines.get(next)) >= Math.min(contentIndent, 4)
                        && indentation(lines.get(next)) > marker.group(1).length()) {
                    inner.add("");
                    i++;
                    continue;
                }
                break;
            }
            boolean indented = indentation(line) >= Math.min(contentIndent, 4) && indentation(line) > marker.group(1).length();
            boolean lazy = !inner.get(inner.size() - 1).isBlank() && !startsBlock(line);
            if (!indented && !lazy) {
                break;
            }
            inner.add(indented ? removeIndent(line, contentIndent) : line);
            i++;
        }
        addNested(blocks, parse(inner, depth + 1), BlockKind.LIST_ITEM);
        return i;
    }

    private boolean startsBlock(String line) {
        Matcher fence = FENCE.matcher(line);
        return fence.matches() || ATX_HEADING.matcher(line).matches() || THEMATIC_BREAK.matcher(line).matches()
                || QUOTE.matcher(line).matches() || LIST_ITEM.matcher(line).matches();
    }

    /** Prose nested in a list item or quote takes the container's kind; headings, code and cells keep theirs. */
    private static void addNested(List<Block> blocks, List<Block> nested, BlockKind proseKind) {
        for (Block block : nested) {
            boolean prose = block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.LIST_ITEM
                    && proseKind == BlockKind.QUOTE;
            blocks.add(prose ? new Block(proseKind, block.text()) : block);
        }
    }

    private void flushParagraph(List<String> paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            add(blocks, BlockKind.PARAGRAPH, inline.strip(String.join("\n", paragraph)));
            paragraph.clear();
        }
    }

    private static void add(List<Block> blocks, BlockKind kind, String text) {
        String collapsed = Whitespace.collapse(text);
        if (!collapsed.isEmpty()) {
            blocks.add(new Block(kind, collapsed));
        }
    }

    /** A heading's text without its optional closing sequence of #s ("# Title #" is "Title"). */
    static String headingText(String text) {
        String trimmed = text.stripTrailing();
        int hashes = trimmed.length();
        while (hashes > 0 && trimmed.charAt(hashes - 1) == '#') {
            hashes--;
        }
        boolean closing = hashes < trimmed.length()
                && (hashes == 0 || trimmed.charAt(hashes - 1) == ' ' || trimmed.charAt(hashes - 1) == '\t');
        return closing ? trimmed.substring(0, hashes).stripTrailing() : trimmed;
    }

    private static int indentation(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    private static String removeIndent(String line, int columns) {
        int removed = 0;
        int i = 0;
        while (i < line.length() && removed < columns) {
            char c = line.charAt(i);
            if (c == ' ') {
                removed++;
            } else if (c == '\t') {
                removed += 4 - removed % 4;
            } else {
                break;
            }
            i++;
        }
        return line.substring(i);
    }

    /**
     * Inline Markdown to plain text. Code spans and backslash escapes are protected first, so nothing inside changes.
     * Every step takes time in proportion to the text, whatever it holds: no pattern may start at each of thousands
     * of brackets, backticks or asterisks and scan the rest of the text in vain.
     */
    static final class InlineMarkdown {
        private static final Pattern ESCAPE = Pattern.compile("\\\\([!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~])");
        private static final Pattern HARD_BREAK = Pattern.compile("\\\\\\n");
        private static final Pattern AUTOLINK = Pattern.compile("<(?:mailto:)?((?:https?|ftp)://[^<>\\s]++|[^<>\\s@]++@[^<>\\s]++)>");
        // Link texts hold no brackets, so each match attempt ends at the next bracket.
        private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*+)\\](?:\\((?:[^()\\s]++|\\([^()]*+\\))*+(?:\\s++(?:\"[^\"]*+\"|'[^']*+'))?\\s*+\\)|\\[[^\\]]*+\\])");
        private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*+)\\](?:\\((?:[^()\\s]++|\\([^()]*+\\))*+(?:\\s++(?:\"[^\"]*+\"|'[^']*+'))?\\s*+\\)|\\[[^\\]]*+\\])");
        private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\[\\]]++\\]");
        private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*+/?>");
        private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*+(?:\\s[^<>]*+)?/?>");
        private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
        private static final Pattern STRONG_UNDERSCORES = Pattern.compile("__(?=\\S)(.+?)(?<=\\S)__");
        private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
        private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*])\\*");
        /** Underscores inside words (snake_case) are not emphasis. */
        private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])([^_]+?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");

        String strip(String markdown) {
            // Placeholders for protected text: two private-use characters the text does not contain.
            Placeholders placeholders = new Placeholders(markdown);
            String text = HARD_BREAK.matcher(markdown).replaceAll(" ");
            text = codeSpans(text, placeholders);
            text = replace(text, ESCAPE, m -> placeholders.protect(m.group(1)));
            text = replace(text, AUTOLINK, m -> placeholders.protect(m.group(1)));
            text = IMAGE.matcher(text).replaceAll("$1");
            text = LINK.matcher(text).replaceAll("$1");
            text = FOOTNOTE_REFERENCE.matcher(text).replaceAll("");
            text = LINE_BREAK_TAG.matcher(text).replaceAll(" ");
            text = HTML_TAG.matcher(withoutComments(text)).replaceAll("");
            text = delimited(text, STRONG_STARS, "**");
            text = delimited(text, STRONG_UNDERSCORES, "__");
            text = delimited(text, STRIKE, "~~");
            text = EMPHASIS_STAR.matcher(text).replaceAll("$1");
            text = EMPHASIS_UNDERSCORE.matcher(text).replaceAll("$1");
            text = Parser.unescapeEntities(text, false);
            return Whitespace.collapse(placeholders.restore(text));
        }

        /** Code spans: a run of backticks up to the next run of the same length (CommonMark), in one pass. */
        private static String codeSpans(String text, Placeholders placeholders) {
            List<int[]> runs = new ArrayList<>(); // start, length
            for (int i = 0; i < text.length(); ) {
                int j = i;
                while (j < text.length() && text.charAt(j) == '`') {
                    j++;
                }
                if (j > i) {
                    runs.add(new int[] {i, j - i});
                    i = j;
                } else {
                    i++;
                }
            }
            if (runs.size() < 2) {
                return text;
            }
            Map<Integer, List<Integer>> runsOfLength = new HashMap<>();
            for (int r = 0; r < runs.size(); r++) {
                runsOfLength.computeIfAbsent(runs.get(r)[1], k -> new ArrayList<>()).add(r);
            }
            StringBuilder out = new StringBuilder(text.length());
            int copied = 0;
            int r = 0;
            while (r < runs.size()) {
                int[] open = runs.get(r);
                List<Integer> same = runsOfLength.get(open[1]);
                int next = Collections.binarySearch(same, r) + 1;
                if (next < same.size()) {
                    int[] close = runs.get(same.get(next));
                    out.append(text, copied, open[0]).append(placeholders.protect(
                            codeSpanContent(text.substring(open[0] + open[1], close[0]))));
                    copied = close[0] + close[1];
                    r = same.get(next) + 1;
                } else {
                    r++; // no closing run: the backticks are text
                }
            }
            return out.append(text, copied, text.length()).toString();
        }

        /** The text without HTML comments; an unclosed one is left as it is. */
        private static String withoutComments(String text) {
            int open = text.indexOf("<!--");
            if (open < 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int copied = 0;
            while (open >= 0) {
                int close = text.indexOf("-->", open + 4);
                if (close < 0) {
                    break;
                }
                out.append(text, copied, open);
                copied = close + 3;
                open = text.indexOf("<!--", copied);
            }
            return out.append(text, copied, text.length()).toString();
        }

        /**
         * A span between two delimiters ("**x**") replaced by its content, line by line (a span never crosses a
         * line) and only up to the line's last closing delimiter: past it, every opening delimiter would scan
         * the rest of the line in vain, and thousands of them would take minutes.
         */
        private static String delimited(String text, Pattern pattern, String delimiter) {
            if (!text.contains(delimiter)) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            int lineStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isLineBreak(text.charAt(i))) {
                    String line = text.substring(lineStart, i);
                    int end = lastClosing(line, delimiter);
                    out.append(end < 0 ? line : pattern.matcher(line.substring(0, end)).replaceAll("$1") + line.substring(end));
                    if (i < text.length()) {
                        out.append(text.charAt(i));
                    }
                    lineStart = i + 1;
                }
            }
            return out.toString();
        }

        /** Where the last delimiter that can close a span ends (one after a non-space), or -1. */
        private static int lastClosing(String line, String delimiter) {
            for (int at = line.lastIndexOf(delimiter); at > 0; at = line.lastIndexOf(delimiter, at - 1)) {
                if (!Character.isWhitespace(line.charAt(at - 1))) {
                    return at + delimiter.length();
                }
            }
            return -1;
        }

        /** What "." does not match, so where a span cannot continue. */
        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }

        private static String codeSpanContent(String content) {
            String oneLine = content.replace('\n', ' ');
            return oneLine.length() > 2 && oneLine.startsWith(" ") && oneLine.endsWith(" ") && !oneLine.isBlank()
                    ? oneLine.substring(1, oneLine.length() - 1) : oneLine;
        }

        /** Protected pieces of text, each replaced by a number between two characters the text lacks. */
        private static final class Placeholders {
            private final List<String> store = new ArrayList<>();
            private final char open;
            private final char close;
            private final Pattern pattern;

            Placeholders(String text) {
                char[] free = new char[2];
                int found = 0;
                BitSet used = new BitSet();
                text.chars().filter(c -> c >= '\uE000' && c <= '\uF8FF').forEach(used::set);
                for (char c = '\uE000'; c <= '\uF8FF' && found < 2; c++) {
                    if (!used.get(c)) {
                        free[found++] = c;
                    }
                }
                // Text holding all 6 400 private-use characters is no article; it gets two of them anyway.
                open = found == 2 ? free[0] : '\uE000';
                close = found == 2 ? free[1] : '\uE001';
                pattern = Pattern.compile(Pattern.quote(String.valueOf(open)) + "(\\d{1,9})" + Pattern.quote(String.valueOf(close)));
            }

            String protect(String text) {
                store.add(text);
                return open + Integer.toString(store.size() - 1) + close;
            }

            String restore(String text) {
                return replace(text, pattern, m -> {
                    int n = Integer.parseInt(m.group(1));
                    return n < store.size() ? store.get(n) : m.group();
                });
            }
        }

        private static String replace(String text, Pattern pattern, Function<MatchResult, String> replacement) {
            return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
        }
    }
}
