package dev.interlinear.language;

/**
 * The text normalisation of OpenNLP's language detector, written as plain scans that give the same text, character
 * for character, as its chain of regular expressions (OpenNLP 2.5: emoji, URL, e-mail, Twitter, number and shrink
 * normalisers, applied in that order by {@code LanguageDetectorFactory}). The regular expressions were a large part
 * of detecting a paragraph's language while indexing.
 *
 * <p>Each pass reads the previous pass's whole output, as the regular expressions do, because look-behinds,
 * word boundaries and back-references look at text a match does not consume. Where {@link java.util.regex} moves
 * on after a failed match by one char or by one code point, the scans do the same; the comments name the pattern
 * each pass stands for.
 */
final class LangDetectNormalizer {

    private LangDetectNormalizer() {
    }

    /** One pass: reads {@code in[0, length)}, writes into {@code out} (never longer than the input), returns its length. */
    @FunctionalInterface
    interface Pass {
        int apply(char[] in, int length, char[] out);
    }

    private static final Pass[] PASSES = {
            LangDetectNormalizer::emoji,
            LangDetectNormalizer::urls,
            LangDetectNormalizer::mailAddresses,
            LangDetectNormalizer::hashtagsAndMentions,
            LangDetectNormalizer::retweetMarks,
            LangDetectNormalizer::emoticons,
            LangDetectNormalizer::laughter,
            LangDetectNormalizer::numbers,
            LangDetectNormalizer::whitespaceRuns,
            LangDetectNormalizer::repeatedCharacters,
    };

    /** The text as OpenNLP's language detector normalises it before taking n-grams (before lower-casing). */
    static String normalize(CharSequence text) {
        char[] in = text.toString().toCharArray();
        char[] out = new char[in.length];
        int length = in.length;
        for (Pass pass : PASSES) {
            length = pass.apply(in, length, out);
            char[] swap = in;
            in = out;
            out = swap;
        }
        // String.trim, the shrink normaliser's last step
        int start = 0;
        int end = length;
        while (start < end && in[start] <= ' ') {
            start++;
        }
        while (end > start && in[end - 1] <= ' ') {
            end--;
        }
        return new String(in, start, end - start);
    }

    // ---- emoji: [\uD83C-\uDBFF\uDC00-\uDFFF]+ -> " "

    /**
     * {@code java.util.regex} joins the escapes {@code \uDBFF\uDC00} into U+10FC00 and reads the trailing
     * {@code -} as a literal, so the class is the hyphen plus every code point from U+D83C to U+10FC00.
     */
    static boolean isEmojiClass(int codePoint) {
        return codePoint == '-' || (codePoint >= 0xD83C && codePoint <= 0x10FC00);
    }

    static int emoji(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i, n);
            if (!isEmojiClass(cp)) {
                // the class is not BMP-only, so the matcher moves on by a code point after a failure
                int step = Character.charCount(cp);
                out[m++] = s[i];
                if (step == 2) {
                    out[m++] = s[i + 1];
                }
                i += step;
                continue;
            }
            do {
                i += Character.charCount(cp);
            } while (i < n && isEmojiClass(cp = Character.codePointAt(s, i, n)));
            out[m++] = ' ';
        }
        return m;
    }

    // ---- URL: https?://[-_.?&~;+=/#0-9A-Za-z]+ -> " "

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isUrlChar(char c) {
        return isAsciiAlnum(c) || "-_.?&~;+=/#".indexOf(c) >= 0;
    }

    static int urls(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            int end = urlEnd(s, n, i);
            if (end < 0) {
                out[m++] = s[i++];
            } else {
                out[m++] = ' ';
                i = end;
            }
        }
        return m;
    }

    /** End of the URL starting at {@code i}, or -1. */
    private static int urlEnd(char[] s, int n, int i) {
        if (i + 4 > n || s[i] != 'h' || s[i + 1] != 't' || s[i + 2] != 't' || s[i + 3] != 'p') {
            return -1;
        }
        int j = i + 4;
        if (j < n && s[j] == 's') {
            j++; // "s?" giving the s back cannot help: ':' would have to be an 's'
        }
        if (j + 3 > n || s[j] != ':' || s[j + 1] != '/' || s[j + 2] != '/') {
            return -1;
        }
        j += 3;
        int start = j;
        while (j < n && isUrlChar(s[j])) {
            j++;
        }
        return j > start ? j : -1;
    }

    // ---- e-mail: (?<![-+_.0-9A-Za-z])[-+_.0-9A-Za-z]+@[-0-9A-Za-z]+[-.0-9A-Za-z]+ -> " "

    private static boolean isMailLocalChar(char c) {
        return isAsciiAlnum(c) || c == '-' || c == '+' || c == '_' || c == '.';
    }

    static int mailAddresses(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            int end = mailEnd(s, n, i);
            if (end < 0) {
                out[m++] = s[i++];
            } else {
                out[m++] = ' ';
                i = end;
            }
        }
        return m;
    }

    /**
     * End of the address starting at {@code i}, or -1. The local part must be a whole run of its characters ('@' is
     * not one of them); after '@' the two domain classes together match the whole run of [-.0-9A-Za-z] if it starts
     * with a character other than '.' and has at least two characters, whatever the backtracking.
     */
    private static int mailEnd(char[] s, int n, int i) {
        if (!isMailLocalChar(s[i]) || (i > 0 && isMailLocalChar(s[i - 1]))) {
            return -1;
        }
        int at = i;
        while (at < n && isMailLocalChar(s[at])) {
            at++;
        }
        if (at >= n || s[at] != '@') {
            return -1;
        }
        int domain = at + 1;
        if (domain >= n || s[domain] == '.' || !isMailLocalChar(s[domain]) || s[domain] == '+' || s[domain] == '_') {
            return -1;
        }
        int end = domain;
        while (end < n && (isAsciiAlnum(s[end]) || s[end] == '-' || s[end] == '.')) {
            end++;
        }
        return end - domain >= 2 ? end : -1;
    }

    // ---- Twitter: [#@]\S+ -> " ", then \b(rt[ :])+ -> " ", [:;x]-?[()dop] -> " ", laughter (the last three
    // case-insensitive, ASCII only)

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static int hashtagsAndMentions(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            if ((s[i] == '#' || s[i] == '@') && i + 1 < n && !isAsciiSpace(s[i + 1])) {
                i += 2;
                while (i < n && !isAsciiSpace(s[i])) {
                    i++;
                }
                out[m++] = ' ';
            } else {
                out[m++] = s[i++];
            }
        }
        return m;
    }

    static int retweetMarks(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            if (isRetweetMark(s, n, i) && !isWordBefore(s, i)) {
                int end = i + 3;
                while (isRetweetMark(s, n, end)) {
                    end += 3;
                }
                out[m++] = ' ';
                i = end;
            } else {
                out[m++] = s[i++];
            }
        }
        return m;
    }

    /** {@code rt[ :]}, case-insensitive. */
    private static boolean isRetweetMark(char[] s, int n, int i) {
        return i + 3 <= n && (s[i] == 'r' || s[i] == 'R') && (s[i + 1] == 't' || s[i + 1] == 'T')
                && (s[i + 2] == ' ' || s[i + 2] == ':');
    }

    /**
     * The left side of {@code \b} as {@code java.util.regex} sees it (Java 19 and later): an ASCII word character,
     * or a non-spacing mark that follows a letter or digit (any script) through other non-spacing marks.
     */
    private static boolean isWordBefore(char[] s, int i) {
        if (i == 0) {
            return false;
        }
        int ch = Character.codePointBefore(s, i);
        if (isAsciiWord(ch)) {
            return true;
        }
        if (Character.getType(ch) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = i - 1; x >= 0; x--) {
            int c = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiWord(int ch) {
        return ch < 128 && (isAsciiAlnum((char) ch) || ch == '_');
    }

    static int emoticons(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            char c = s[i];
            int end = -1;
            if (c == ':' || c == ';' || c == 'x' || c == 'X') {
                if (i + 1 < n && s[i + 1] == '-') {
                    end = i + 2 < n && isEmoticonMouth(s[i + 2]) ? i + 3 : -1;
                } else if (i + 1 < n && isEmoticonMouth(s[i + 1])) {
                    end = i + 2;
                }
            }
            if (end < 0) {
                out[m++] = s[i++];
            } else {
                out[m++] = ' ';
                i = end;
            }
        }
        return m;
    }

    private static boolean isEmoticonMouth(char c) {
        return c == '(' || c == ')' || c == 'd' || c == 'o' || c == 'p' || c == 'D' || c == 'O' || c == 'P';
    }

    /**
     * ([hj])+([aieou])+(\1+\2+)+ -> $1$2$1$2, case-insensitive. Backtracking never helps this pattern: the classes
     * of consecutive parts are disjoint, so each part takes its whole run, group 1 is the last [hj] of the first
     * run and group 2 the last vowel of the second, and the match ends after the last complete repetition.
     */
    static int laughter(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            if (!isLaughConsonant(s[i])) {
                out[m++] = s[i++];
                continue;
            }
            int consonantsEnd = i;
            while (consonantsEnd < n && isLaughConsonant(s[consonantsEnd])) {
                consonantsEnd++;
            }
            int vowelsEnd = consonantsEnd;
            while (vowelsEnd < n && isLaughVowel(s[vowelsEnd])) {
                vowelsEnd++;
            }
            int end = vowelsEnd == consonantsEnd ? -1 : laughRepetitionsEnd(s, n, vowelsEnd,
                    s[consonantsEnd - 1], s[vowelsEnd - 1]);
            if (end < 0) {
                // a start later in the same consonant run ends its run at the same place and fails alike
                while (i < consonantsEnd) {
                    out[m++] = s[i++];
                }
            } else {
                char consonant = s[consonantsEnd - 1];
                char vowel = s[vowelsEnd - 1];
                out[m++] = consonant;
                out[m++] = vowel;
                out[m++] = consonant;
                out[m++] = vowel;
                i = end;
            }
        }
        return m;
    }

    /** End of the last complete (\1+\2+) from {@code from}, or -1 when there is none. */
    private static int laughRepetitionsEnd(char[] s, int n, int from, char consonant, char vowel) {
        int end = -1;
        int j = from;
        while (true) {
            int k = j;
            while (k < n && sameIgnoringAsciiCase(s[k], consonant)) {
                k++;
            }
            if (k == j) {
                return end;
            }
            int v = k;
            while (v < n && sameIgnoringAsciiCase(s[v], vowel)) {
                v++;
            }
            if (v == k) {
                return end;
            }
            end = v;
            j = v;
        }
    }

    private static boolean isLaughConsonant(char c) {
        return c == 'h' || c == 'j' || c == 'H' || c == 'J';
    }

    private static boolean isLaughVowel(char c) {
        return "aieouAIEOU".indexOf(c) >= 0;
    }

    /** A back-reference to an ASCII letter under CASE_INSENSITIVE alone. */
    private static boolean sameIgnoringAsciiCase(char c, char ascii) {
        return c == ascii || asciiLower(c) == asciiLower(ascii);
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
    }

    // ---- number: \d+ -> " "

    static int numbers(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            if (s[i] >= '0' && s[i] <= '9') {
                while (i < n && s[i] >= '0' && s[i] <= '9') {
                    i++;
                }
                out[m++] = ' ';
            } else {
                out[m++] = s[i++];
            }
        }
        return m;
    }

    // ---- shrink: \s{2,} -> " ", then (.)\1{2,} -> $1$1 (case-insensitive), then trim

    static int whitespaceRuns(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            if (isAsciiSpace(s[i]) && i + 1 < n && isAsciiSpace(s[i + 1])) {
                i += 2;
                while (i < n && isAsciiSpace(s[i])) {
                    i++;
                }
                out[m++] = ' ';
            } else {
                out[m++] = s[i++];
            }
        }
        return m;
    }

    /**
     * The group is one code point ('.' excludes line terminators); the back-reference compares code points,
     * equal or equal after ASCII lower-casing, and advances by the group's length in chars. The pattern is
     * BMP-only, so after a failure the matcher moves on by one char even inside a surrogate pair.
     */
    static int repeatedCharacters(char[] s, int n, char[] out) {
        int m = 0;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i, n);
            int width = Character.charCount(cp);
            int end = -1;
            if (isDot(cp)) {
                int repeats = 0;
                int j = i + width;
                while (j + width <= n && backReferenceMatches(s, n, j, cp)) {
                    j += width;
                    repeats++;
                }
                end = repeats >= 2 ? j : -1;
            }
            if (end < 0) {
                out[m++] = s[i++];
            } else {
                for (int copy = 0; copy < 2; copy++) {
                    out[m++] = s[i];
                    if (width == 2) {
                        out[m++] = s[i + 1];
                    }
                }
                i = end;
            }
        }
        return m;
    }

    private static boolean isDot(int ch) {
        return ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085';
    }

    private static boolean backReferenceMatches(char[] s, int n, int at, int group) {
        int c = Character.codePointAt(s, at, n);
        return c == group || asciiLower(c) == asciiLower(group);
    }
}
