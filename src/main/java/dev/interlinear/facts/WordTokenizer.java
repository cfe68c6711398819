package dev.interlinear.facts;

import dev.interlinear.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into {@link WordToken}s, leaving out the words of quantities ("US" in "US-Dollar", "GW"). */
final class WordTokenizer {

    /**
     * Initials ("C.C.", "C. C.", "J.") only before a capitalised word, else words with a possessive "'s" apart
     * ("Sam's" is "Sam").
     */
    private static final Pattern WORD = Pattern.compile("(?<initials>(?:\\p{Lu}\\.\\s?){1,3})(?=\\s*\\p{Lu}\\p{Ll})"
            + "|(?<word>[\\p{L}\\p{M}\\p{N}]+)(?<possessive>['’]s\\b)?");

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\p{N}]*");
    private static final Pattern CAMEL_CASE =
            Pattern.compile("[\\p{L}\\p{M}\\p{N}]*\\p{Ll}\\p{Lu}[\\p{L}\\p{M}\\p{N}]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}][\\p{L}\\p{M}\\p{N}]*|\\p{Lu}");
    /** Characters after which the next word is capitalised by convention, not because it is a name. */
    private static final String CLAUSE_OPENERS = ".!?:;(\"“”„«»‚‘'•*–—";

    private WordTokenizer() {}

    static List<WordToken> tokens(String text, List<Quantity> quantities) {
        List<WordToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            boolean initials = m.start("initials") >= 0;
            String raw = initials ? m.group("initials").strip() : m.group("word");
            int start = m.start();
            int end = start + raw.length();
            if (insideQuantity(start, end, quantities)) {
                continue;
            }
            boolean joined = previousEnd >= 0 && isJoin(text.substring(previousEnd, start));
            // the dot of initials ends no sentence: "C.C. Wei"
            boolean afterInitials = joined && out.getLast().shape() == WordToken.Shape.INITIALS;
            out.add(new WordToken(
                    raw,
                    Names.key(raw),
                    start,
                    end,
                    shape(raw, initials),
                    !afterInitials && clauseInitial(text, start),
                    joined));
            previousEnd = initials ? end : m.end();
        }
        return out;
    }

    static WordToken.Shape shape(String raw, boolean initials) {
        if (initials) {
            return WordToken.Shape.INITIALS;
        }
        if (!Character.isLetter(raw.codePointAt(0))) {
            return WordToken.Shape.OTHER;
        }
        if (ACRONYM.matcher(raw).matches()) {
            return WordToken.Shape.ACRONYM;
        }
        if (CAMEL_CASE.matcher(raw).matches()) {
            return WordToken.Shape.CAMEL_CASE;
        }
        if (CAPITALISED.matcher(raw).matches()) {
            return WordToken.Shape.CAPITALISED;
        }
        return Character.isLowerCase(raw.codePointAt(0)) ? WordToken.Shape.LOWER : WordToken.Shape.OTHER;
    }

    private static boolean insideQuantity(int start, int end, List<Quantity> quantities) {
        for (Quantity q : quantities) {
            if (start < q.end() && q.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** Whether the gap between two words is a hyphen or white space within one line. */
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
