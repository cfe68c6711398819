package dev.interlinear.corpus;

/**
 * Caps runs of combining marks on one character. Beyond a few marks nothing more renders legibly and no real
 * text stacks more than a handful (Thai, Vietnamese, Devanagari: three or four), so the excess is noise: "Zalgo"
 * text quoted in an otherwise good article, or a file made to be heavy ("a" and four million accents). The excess
 * is dropped rather than the file skipped, so such a quote does not cost a whole translation; what is left is
 * bounded like any other text.
 */
final class CombiningMarks {

    private CombiningMarks() {}

    /** The text with at most {@code max} marks in a row, and how many were dropped. */
    record Capped(String text, int dropped) {}

    static Capped cap(String text, int max) {
        StringBuilder out = null;
        int run = 0;
        int dropped = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            run = isMark(c) ? run + 1 : 0;
            if (run > max) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                dropped++;
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return new Capped(out == null ? text : out.toString(), dropped);
    }

    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
