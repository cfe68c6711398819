package dev.interlinear.facts;

import dev.interlinear.quantity.Quantity;

/** The words of a sentence that state a quantity. */
final class QuantitySurfaces {

    private QuantitySurfaces() {}

    /**
     * The quantity's span, widened to whole words (a span may stop inside a word, e.g. before a unit glued to
     * it) but not across a hyphen: "Billionen-Dollar-Recheninfrastruktur" states "Billionen-Dollar"; trimmed.
     */
    static String surface(String sentence, Quantity q) {
        int start = Math.min(q.start(), sentence.length());
        int end = Math.min(q.end(), sentence.length());
        while (start > 0 && isWordChar(sentence.codePointBefore(start))) {
            start -= Character.charCount(sentence.codePointBefore(start));
        }
        while (end < sentence.length() && isWordChar(sentence.codePointAt(end))) {
            end += Character.charCount(sentence.codePointAt(end));
        }
        return sentence.substring(start, end).strip();
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
