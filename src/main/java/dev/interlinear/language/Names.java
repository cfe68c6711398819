package dev.interlinear.language;

/**
 * Names and acronyms belong to no language: "OpenAI", "AMD", "C.C. Wei" or "Doctor Who" say nothing of the
 * language of the question around them, yet their letters would pull the language model towards English.
 */
final class Names {

    private Names() {}

    /**
     * The text without its words that look like names: a word with a digit ("6GW", "2005"), with two capitals
     * ("AMD", "OpenAI", "C.C."), or starting with a capital anywhere but at the start of a sentence. (A German noun
     * goes too: the words around it tell.) A text of names only is left with nothing to tell its language by. A
     * word with a letter of a script without case (Han, Thai, Arabic, which may not separate words) always stays.
     */
    static String without(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            String word = text.substring(start, i);
            if (!looksLikeName(word, sentenceStart)) {
                out.append(word).append(' ');
            }
            sentenceStart = endsSentence(word);
        }
        return out.toString();
    }

    private static boolean looksLikeName(String word, boolean sentenceStart) {
        int capitals = 0;
        boolean firstLetterSeen = false;
        boolean startsWithCapital = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                digit = true;
            }
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp) && !Character.isLowerCase(cp) && !Character.isTitleCase(cp)) {
                    return false; // a script without case (Han, Thai, Arabic) writes no names this way, nor spaces
                }
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    capitals++;
                    startsWithCapital |= !firstLetterSeen;
                }
                firstLetterSeen = true;
            }
        }
        return digit || capitals >= 2 || (startsWithCapital && !sentenceStart);
    }

    private static boolean endsSentence(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '\u3002') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
