package dev.interlinear.corpus;

/** Cuts a title that is too long, at a word where there is one, and marks the cut with "…". */
final class Titles {

    private Titles() {}

    /** The title itself when it has at most {@code max} code points, else its beginning and "…" within {@code max}. */
    static String cut(String title, int max) {
        if (title.codePointCount(0, title.length()) <= max) {
            return title;
        }
        int limit = title.offsetByCodePoints(0, max - 1); // room for the "…"
        int end = limit;
        // At the last space in the second half; a title without spaces there (Chinese, a URL) is cut anywhere.
        int space = title.lastIndexOf(' ', limit);
        if (space > limit / 2) {
            end = space;
        } else {
            // Not between a letter and its accents: the letter goes with them.
            while (end > 0 && CombiningMarks.isMark(title.codePointAt(end))) {
                end -= Character.charCount(title.codePointBefore(end));
            }
        }
        return title.substring(0, end).stripTrailing() + "…";
    }
}
