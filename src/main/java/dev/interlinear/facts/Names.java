package dev.interlinear.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of names and language tags shared by the fact finders. */
final class Names {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_IN_INITIALS = Pattern.compile("(?<=\\p{L})\\.\\s+(?=\\p{L}\\.)");
    /** {@link #slowFold} of each Latin-1 character: most words of the supported languages are written in it. */
    private static final String[] LATIN1_FOLDED = latin1Folded();

    private Names() {
    }

    /**
     * The key two spellings of one name share: lower case, accents removed, whitespace collapsed, initials
     * written together ("C. C. Wei" and "C.C. Wei" are both "c.c. wei").
     */
    static String key(String name) {
        String folded = fold(name);
        if (!hasWhitespace(folded)) {
            return folded; // one word (most calls): nothing to strip, collapse or join
        }
        folded = SPACES.matcher(folded.strip()).replaceAll(" ");
        return SPACE_IN_INITIALS.matcher(folded).replaceAll(".");
    }

    /** Lower case without accents; "ß" stays. */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose: skips the normaliser
        }
        if (isLatin1(s)) {
            // Latin-1 holds no combining mark and lower-cases into itself, so each character folds on its own
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                out.append(LATIN1_FOLDED[s.charAt(i)]);
            }
            return out.toString();
        }
        return slowFold(s);
    }

    /** {@link #fold} by the normaliser, for any text. */
    static String slowFold(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String[] latin1Folded() {
        String[] out = new String[256];
        for (char c = 0; c < out.length; c++) {
            out[c] = slowFold(String.valueOf(c));
        }
        return out;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x100) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "pt-BR" -> "pt"; the rules of this package depend on the language only. */
    static String baseLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return "und";
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return cut > 0 ? t.substring(0, cut) : t;
    }
}
