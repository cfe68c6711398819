package dev.interlinear.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts blocks longer than {@link CorpusLimits#BLOCK_CHARS} into pieces: at a sentence end, else at a space (a line
 * break in code), else anywhere between two code points. Segmentation, language detection and alignment work
 * block by block, and part of their work grows faster than the block, so a text without blank lines must not
 * become one paragraph of megabytes. Real paragraphs are far shorter, so they are never cut.
 */
final class BlockCutter {

    private BlockCutter() {}

    /** The blocks, each longer than {@link CorpusLimits#BLOCK_CHARS} replaced by its pieces. */
    static List<Block> cut(List<Block> blocks) {
        if (blocks.stream().noneMatch(b -> b.text().length() > CorpusLimits.BLOCK_CHARS)) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            for (String piece : pieces(b.text(), CorpusLimits.BLOCK_CHARS, b.kind() == BlockKind.CODE)) {
                out.add(new Block(b.kind(), piece));
            }
        }
        return out;
    }

    /** Pieces of at most {@code max} characters, none empty, that together hold all the text but the cut spaces. */
    static List<String> pieces(String text, int max, boolean code) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = pieceEnd(text, start, start + max, code);
            add(out, text.substring(start, end), code);
            start = end;
        }
        add(out, text.substring(start), code);
        return out;
    }

    /** Where to end a piece that starts at {@code start} and may not pass {@code limit}; after the first half. */
    private static int pieceEnd(String text, int start, int limit, boolean code) {
        int half = start + (limit - start) / 2;
        int space = -1;
        for (int i = limit; i > half; i--) {
            boolean gap = code ? text.charAt(i - 1) == '\n' : Character.isWhitespace(text.charAt(i));
            if (gap && !code && isSentenceEnd(text, i - 1)) {
                return i;
            }
            if (gap && space < 0) {
                space = i;
            }
        }
        if (space > 0) {
            return space;
        }
        // One word of thousands of characters (binary-like text, a giant URL): cut it, but not in a surrogate pair.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** A full stop, question or exclamation mark at {@code i}, or a closing quote or bracket right after one. */
    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if ((c == '"' || c == '”' || c == '’' || c == '»' || c == ')') && i > 0) {
            c = text.charAt(i - 1);
        }
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    private static void add(List<String> out, String piece, boolean code) {
        String tidy = code ? piece.stripTrailing() : piece.strip();
        if (!tidy.isBlank()) {
            out.add(tidy);
        }
    }
}
