package dev.interlinear.corpus;

/** Whitespace rules shared by the readers, so that every format yields text that compares the same way. */
final class Whitespace {

    private Whitespace() {}

    /**
     * Collapses every run of whitespace to one space and trims; drops soft hyphens and zero-width characters.
     * One pass by hand: two regular expressions here (a match per space) were a tenth of loading a corpus.
     */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString().strip();
    }

    /** ASCII whitespace and the no-break spaces: they separate words for search as much as plain spaces do. */
    private static boolean isSpace(char c) {
        return c == ' '
                || (c >= '\t' && c <= '\r')
                || c == '\u00A0'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u2028'
                || c == '\u2029';
    }

    /** Invisible characters that only hint at rendering and would split or glue search terms. */
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Code keeps its line structure: only line ends are normalised, trailing spaces and blank edges removed. */
    static String tidyCode(String code) {
        String[] lines = code.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.replace('\u00A0', ' ').stripTrailing()).append('\n');
        }
        String text = out.toString();
        // Drop leading and trailing blank lines but keep the first line's indentation.
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0 || !text.substring(start, end).isBlank()) {
                break;
            }
            start = end + 1;
        }
        return text.substring(start).stripTrailing();
    }
}
