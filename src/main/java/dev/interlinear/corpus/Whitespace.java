package dev.interlinear.corpus;

import java.util.regex.Pattern;

/** Whitespace rules shared by the readers, so that every format yields text that compares the same way. */
final class Whitespace {
    /** Includes no-break spaces: they separate words for search as much as plain spaces do. */
    private static final Pattern RUN = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2028\\u2029]+");
    /** Invisible characters that only hint at rendering and would split or glue search terms. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private Whitespace() {
    }

    /** Collapses every run of whitespace to one space and trims; drops soft hyphens and zero-width characters. */
    static String collapse(String text) {
        return RUN.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
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
