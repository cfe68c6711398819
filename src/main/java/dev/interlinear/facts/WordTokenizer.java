package dev.interlinear.facts;

import dev.interlinear.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into {@link WordToken}s, leaving out the words of quantities ("US" in "US-Dollar", "GW"). */
final class WordTokenizer {

    /** Initials ("C.C.", "C. C.", "J.") only before a capitalised word; else words, possessive "'s" apart. */
    private static final Pattern WORD = Pattern.compile(
            "(?<initials>(?:\\p{Lu}\\.\\s?){1,3})(?=\\s*\\p{Lu}\\p{Ll})"
                    + "|(?<word>[\\p{L}\\p{M}\\p{N}]+)(?<possessive>['’]s\\b)?");
    /** The numbers of the pattern's groups "initials" and "word" (looked up by number: by name costs a map). */
    private static final int INITIALS = 1;
    private static final int WORD_GROUP = 2;
    /** Characters after which the next word is capitalised by convention, not because it is a name. */
    private static final String CLAUSE_OPENERS = ".!?:;(\"“”„«»‚‘'•*–—";

    private WordTokenizer() {
    }

    static List<WordToken> tokens(String text, List<Quantity> quantities) {
        List<WordToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            boolean initials = m.start(INITIALS) >= 0;
            String raw = initials ? m.group(INITIALS).strip() : m.group(WORD_GROUP);
            int start = m.start();
            int end = start + raw.length();
            if (insideQuantity(start, end, quantities)) {
                continue;
            }
            boolean joined = previousEnd >= 0 && isJoin(text.substring(previousEnd, start));
            // the dot of initials ends no sentence: "C.C. Wei"
            boolean afterInitials = joined && out.getLast().shape() == WordToken.Shape.INITIALS;
            out.add(new WordToken(raw, Names.key(raw), start, end, shape(raw, initials),
                    !afterInitials && clauseInitial(text, start), joined));
            previousEnd = initials ? end : m.end();
        }
        return out;
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
        int first = raw.codePointAt(0);
        if (!Character.isLetter(first)) {
            return WordToken.Shape.OTHER;
        }
        if (isAcronym(raw)) {
            return WordToken.Shape.ACRONYM;
        }
        if (isCamelCase(raw)) {
            return WordToken.Shape.CAMEL_CASE;
        }
        if (isCapitalised(raw)) {
            return WordToken.Shape.CAPITALISED;
        }
        return Character.isLowerCase(first) ? WordToken.Shape.LOWER : WordToken.Shape.OTHER;
    }

    private static boolean isAcronym(String raw) {
        int count = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (count < 2 ? !upper(cp) : !upper(cp) && !number(cp)) {
                return false;
            }
            count++;
            i += Character.charCount(cp);
        }
        return count >= 2;
    }

    private static boolean isCamelCase(String raw) {
        boolean found = false;
        int previous = -1;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (!Character.isLetter(cp) && !mark(cp) && !number(cp)) {
                return false;
            }
            if (previous >= 0 && Character.getType(previous) == Character.LOWERCASE_LETTER && upper(cp)) {
                found = true;
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return found;
    }

    private static boolean isCapitalised(String raw) {
        int count = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            boolean fits = switch (count) {
                case 0 -> upper(cp);
                case 1 -> Character.getType(cp) == Character.LOWERCASE_LETTER || mark(cp);
                default -> Character.isLetter(cp) || mark(cp) || number(cp);
            };
            if (!fits) {
                return false;
            }
            count++;
            i += Character.charCount(cp);
        }
        return count >= 1;
    }

    private static boolean upper(int cp) {
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean number(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean insideQuantity(int start, int end, List<Quantity> quantities) {
        for (Quantity q : quantities) {
            if (start < q.end() && q.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoin(String gap) {
        return gap.equals("-") || gap.equals("\u2010") || (!gap.isEmpty() && gap.isBlank() && !gap.contains("\n"));
    }

    private static boolean clauseInitial(String text, int start) {
        int p = start - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p < 0 || CLAUSE_OPENERS.indexOf(text.charAt(p)) >= 0;
    }
}
