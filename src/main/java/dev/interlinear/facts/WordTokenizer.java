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
    /** Characters after which the next word is capitalised by convention, not because it is a name. */
    private static final String CLAUSE_OPENERS = ".!?:;(\"“”„«»‚‘'•*–—";

    private WordTokenizer() {
    }

    static List<WordToken> tokens(String text, List<Quantity> quantities) {
        List<WordToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            boolean initials = m.group("initials") != null;
            String raw = initials ? m.group("initials").strip() : m.group("word");
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
        int[] cps = raw.codePoints().toArray();
        if (isAcronym(cps)) {
            return WordToken.Shape.ACRONYM;
        }
        if (isCamelCase(cps)) {
            return WordToken.Shape.CAMEL_CASE;
        }
        if (isCapitalised(cps)) {
            return WordToken.Shape.CAPITALISED;
        }
        return Character.isLowerCase(first) ? WordToken.Shape.LOWER : WordToken.Shape.OTHER;
    }

    private static boolean isAcronym(int[] cps) {
        if (cps.length < 2 || !upper(cps[0]) || !upper(cps[1])) {
            return false;
        }
        for (int i = 2; i < cps.length; i++) {
            if (!upper(cps[i]) && !number(cps[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCamelCase(int[] cps) {
        for (int cp : cps) {
            if (!Character.isLetter(cp) && !mark(cp) && !number(cp)) {
                return false;
            }
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Character.getType(cps[i]) == Character.LOWERCASE_LETTER && upper(cps[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalised(int[] cps) {
        if (!upper(cps[0])) {
            return false;
        }
        if (cps.length == 1) {
            return true;
        }
        if (Character.getType(cps[1]) != Character.LOWERCASE_LETTER && !mark(cps[1])) {
            return false;
        }
        for (int i = 2; i < cps.length; i++) {
            if (!Character.isLetter(cps[i]) && !mark(cps[i]) && !number(cps[i])) {
                return false;
            }
        }
        return true;
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
