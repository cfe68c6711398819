package dev.interlinear.facts;

import dev.interlinear.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;

/** Splits a sentence into {@link WordToken}s, leaving out the words of quantities ("US" in "US-Dollar", "GW"). */
final class WordTokenizer {

    /** Characters after which the next word is capitalised by convention, not because it is a name. */
    private static final String CLAUSE_OPENERS = ".!?:;(\"“”„«»‚‘'•*–—";

    private WordTokenizer() {
    }

    /**
     * The words as the pattern
     * {@code (?<initials>(?:\p{Lu}\.\s?){1,3})(?=\s*\p{Lu}\p{Ll})|(?<word>[\p{L}\p{M}\p{N}]+)(?<possessive>['’]s\b)?}
     * finds them: initials ("C.C.", "C. C.", "J.") only before a capitalised word, else words with a possessive
     * "'s" apart. Scanned by hand, since the regular expression was a third of the tokenizer's time.
     */
    static List<WordToken> tokens(String text, List<Quantity> quantities) {
        List<WordToken> out = new ArrayList<>();
        // each code point's category is looked up once: the word's end and its shape come from the same pass
        ShapeReader word = new ShapeReader();
        int previousEnd = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (!isWordChar(type)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            long initialsEnds = type == Character.UPPERCASE_LETTER ? initialsAt(text, start) : -1;
            boolean initials = initialsEnds >= 0;
            int end = initials ? (int) (initialsEnds >>> 32) : word.read(text, start, cp, type);
            int matchEnd = initials ? (int) initialsEnds : possessiveEnd(text, end);
            i = matchEnd;
            if (insideQuantity(start, end, quantities)) {
                continue;
            }
            String raw = text.substring(start, end);
            boolean joined = previousEnd >= 0 && isJoin(text, previousEnd, start);
            // the dot of initials ends no sentence: "C.C. Wei"
            boolean afterInitials = joined && out.getLast().shape() == WordToken.Shape.INITIALS;
            String key = Names.key(raw);
            out.add(new WordToken(raw, key, start, end, initials ? WordToken.Shape.INITIALS : word.shape(),
                    !afterInitials && clauseInitial(text, start), joined));
            previousEnd = initials ? end : matchEnd;
        }
        return out;
    }

    /**
     * Up to three initials from {@code start}, each an upper-case letter, a dot and maybe one white space, when a
     * capitalised word follows them (after any white space). Fewer initials than there are never fit: the next
     * would stand where the capitalised word must. Returns the end of the initials without their last space
     * (high half) and with it (low half), or -1.
     */
    private static long initialsAt(String text, int start) {
        int n = text.length();
        int p = start;
        int dotEnd = -1;
        for (int count = 0; count < 3 && p < n; count++) {
            int cp = text.codePointAt(p);
            int q = p + Character.charCount(cp);
            if (!upper(cp) || q >= n || text.charAt(q) != '.') {
                break;
            }
            dotEnd = q + 1;
            p = dotEnd < n && isRegexSpace(text.charAt(dotEnd)) ? dotEnd + 1 : dotEnd;
        }
        if (dotEnd < 0) {
            return -1;
        }
        int k = p;
        while (k < n && isRegexSpace(text.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return -1;
        }
        int capital = text.codePointAt(k);
        int next = k + Character.charCount(capital);
        if (!upper(capital) || next >= n || Character.getType(text.codePointAt(next)) != Character.LOWERCASE_LETTER) {
            return -1;
        }
        return ((long) dotEnd << 32) | p;
    }

    /**
     * Just after a possessive "'s" at {@code end}, else {@code end}. The "s" must end a word as {@code \b} says
     * it: not before an ASCII letter, digit or underscore, nor before a non-spacing mark (which joins the "s").
     */
    private static int possessiveEnd(String text, int end) {
        int n = text.length();
        if (end + 1 >= n || (text.charAt(end) != '\'' && text.charAt(end) != '’') || text.charAt(end + 1) != 's') {
            return end;
        }
        int after = end + 2;
        if (after < n) {
            int cp = text.codePointAt(after);
            boolean asciiWord = cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_');
            if (asciiWord || Character.getType(cp) == Character.NON_SPACING_MARK) {
                return end;
            }
        }
        return after;
    }

    /** {@code \s} of a regular expression without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code [\p{L}\p{M}\p{N}]}, by the category of a code point. */
    private static boolean isWordChar(int type) {
        return isLetter(type) || isMark(type) || isNumber(type);
    }

    /**
     * The shape by the code points' categories, as the patterns {@code \p{Lu}{2,}[\p{Lu}\p{N}]*} (acronym),
     * {@code [\p{L}\p{M}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{M}\p{N}]*} (camel case) and
     * {@code \p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}\p{N}]*|\p{Lu}} (capitalised) would say: three regexes per word
     * were a tenth of fact extraction.
     */
    static WordToken.Shape shape(String raw, boolean initials) {
        if (initials) {
            return WordToken.Shape.INITIALS;
        }
        ShapeReader reader = new ShapeReader();
        int first = raw.codePointAt(0);
        reader.start(first);
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            reader.accept(Character.getType(cp));
            i += Character.charCount(cp);
        }
        return reader.shape();
    }

    /** The shape of one word, read a code point category at a time: one pass for all three shapes. */
    private static final class ShapeReader {
        private int first;
        private boolean acronym;
        private boolean wordChars;
        private boolean camel;
        private boolean capitalised;
        private int count;
        private int previousType;

        void start(int firstCodePoint) {
            first = firstCodePoint;
            acronym = true;
            wordChars = true;
            camel = false;
            capitalised = true;
            count = 0;
            previousType = -1;
        }

        /**
         * Reads the word of {@code text} from {@code start}, whose first code point {@code cp} of category
         * {@code type} is a word character, up to the first code point that is none; returns the word's end.
         */
        int read(String text, int start, int cp, int type) {
            start(cp);
            int i = start;
            while (true) {
                accept(type);
                i += Character.charCount(cp);
                if (i >= text.length()) {
                    return i;
                }
                cp = text.codePointAt(i);
                type = Character.getType(cp);
                if (!isWordChar(type)) {
                    return i;
                }
            }
        }

        void accept(int type) {
            boolean upper = type == Character.UPPERCASE_LETTER;
            boolean lower = type == Character.LOWERCASE_LETTER;
            boolean mark = isMark(type);
            boolean number = isNumber(type);
            boolean wordChar = isLetter(type) || mark || number;
            acronym &= count < 2 ? upper : upper || number;
            wordChars &= wordChar;
            camel |= previousType == Character.LOWERCASE_LETTER && upper;
            capitalised &= switch (count) {
                case 0 -> upper;
                case 1 -> lower || mark;
                default -> wordChar;
            };
            previousType = type;
            count++;
        }

        WordToken.Shape shape() {
            if (!Character.isLetter(first)) {
                return WordToken.Shape.OTHER;
            }
            if (acronym && count >= 2) {
                return WordToken.Shape.ACRONYM;
            }
            if (wordChars && camel) {
                return WordToken.Shape.CAMEL_CASE;
            }
            if (capitalised) {
                return WordToken.Shape.CAPITALISED;
            }
            return Character.isLowerCase(first) ? WordToken.Shape.LOWER : WordToken.Shape.OTHER;
        }
    }

    private static boolean isLetter(int type) {
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER;
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int type) {
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean upper(int cp) {
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    private static boolean insideQuantity(int start, int end, List<Quantity> quantities) {
        for (Quantity q : quantities) {
            if (start < q.end() && q.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** Whether the gap {@code [from, to)} is a hyphen or white space within one line. */
    private static boolean isJoin(String text, int from, int to) {
        if (to - from == 1 && (text.charAt(from) == '-' || text.charAt(from) == '\u2010')) {
            return true;
        }
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) || cp == '\n') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean clauseInitial(String text, int start) {
        int p = start - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p < 0 || CLAUSE_OPENERS.indexOf(text.charAt(p)) >= 0;
    }
}
