package dev.interlinear.facts;

import dev.interlinear.language.Folding;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of names and language tags shared by the fact finders. */
final class Names {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_IN_INITIALS = Pattern.compile("(?<=\\p{L})\\.\\s+(?=\\p{L}\\.)");

    private Names() {}

    /**
     * The key two spellings of one name share: {@linkplain Folding folded}, whitespace collapsed, initials
     * written together ("C. C. Wei" and "C.C. Wei" are both "c.c. wei").
     */
    static String key(String name) {
        String folded = Folding.fold(name);
        if (!hasWhitespace(folded)) {
            return folded; // one word (most calls): nothing to strip, collapse or join
        }
        folded = SPACES.matcher(folded.strip()).replaceAll(" ");
        return SPACE_IN_INITIALS.matcher(folded).replaceAll(".");
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
