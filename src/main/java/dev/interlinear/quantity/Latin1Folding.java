package dev.interlinear.quantity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Lower case without accents ("ß" stays) for text written in Latin-1, as most words of the supported languages
 * are: Latin-1 holds no combining mark and lower-cases into itself, so each character folds on its own, from a
 * table, without the normaliser.
 */
public final class Latin1Folding {

    /** Each Latin-1 character lower-cased, decomposed and without its marks. */
    private static final String[] FOLDED = table();

    private Latin1Folding() {
    }

    /** The fold of {@code s} when every character is Latin-1, else null: the caller's normaliser folds it. */
    public static String foldOrNull(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x100) {
                return null;
            }
            ascii &= c < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(FOLDED[s.charAt(i)]);
        }
        return out.toString();
    }

    private static String[] table() {
        String[] out = new String[256];
        for (char c = 0; c < out.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
            StringBuilder folded = new StringBuilder();
            decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                    .forEach(folded::appendCodePoint);
            out[c] = folded.toString();
        }
        return out;
    }
}
