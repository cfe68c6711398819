package dev.interlinear.facts;

import dev.interlinear.quantity.Latin1Folding;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of names and language tags shared by the fact finders. */
final class Names {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_IN_INITIALS = Pattern.compile("(?<=\\p{L})\\.\\s+(?=\\p{L}\\.)");

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
        String folded = Latin1Folding.foldOrNull(s);
        return folded != null ? folded : slowFold(s);
    }

    /** {@link #fold} by the normaliser, for any text. */
    static String slowFold(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
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
