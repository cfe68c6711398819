package dev.interlinear.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Words as the ranker compares them across languages: lower-cased, accents folded, cut into character
 * 4-grams, the same way the index's n-gram field does.
 */
final class Words {

    static final int GRAM = dev.interlinear.index.LanguageAnalyzers.GRAM;

    private Words() {
    }

    /**
     * Folded words of a text: letters and digits, with the combining marks inside a word (the vowel signs of
     * Devanagari or Thai are marks, not letters); everything else separates.
     */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0 && isMark(cp)) {
                // part of the word it follows
            } else if (start >= 0) {
                out.add(fold(text.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(fold(text.substring(start)));
        }
        return out;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower; // folding leaves ASCII as it is; the ranker folds every word of every candidate
        }
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static Set<String> grams(String folded) {
        Set<String> out = new HashSet<>();
        if (folded.length() <= GRAM) {
            out.add(folded);
            return out;
        }
        for (int i = 0; i + GRAM <= folded.length(); i++) {
            out.add(folded.substring(i, i + GRAM));
        }
        return out;
    }

    /** Four characters from {@code start} packed into one long (16 bits each), a gram without a String. */
    static long pack(String word, int start) {
        long packed = 0;
        for (int i = start; i < start + GRAM; i++) {
            packed = (packed << 16) | word.charAt(i);
        }
        return packed;
    }

    /** The word's distinct grams, packed and sorted for binary search; the word itself when shorter. */
    static long[] packedGrams(String folded) {
        if (folded.length() < GRAM) {
            return new long[0];
        }
        long[] grams = new long[folded.length() - GRAM + 1];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = pack(folded, i);
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (long g : grams) {
            if (distinct == 0 || grams[distinct - 1] != g) {
                grams[distinct++] = g;
            }
        }
        return Arrays.copyOf(grams, distinct);
    }
}
