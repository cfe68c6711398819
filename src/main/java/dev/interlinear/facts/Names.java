package dev.interlinear.facts;

import java.text.Normalizer;
import java.util.Locale;

/** Normal forms of names and language tags shared by the fact finders. */
final class Names {

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
        folded = folded.strip().replaceAll("\\s+", " ");
        return folded.replaceAll("(?<=\\p{L})\\.\\s+(?=\\p{L}\\.)", ".");
    }

    /** Lower case without accents; "ß" stays. */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose: skips the normaliser
        }
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString();
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
