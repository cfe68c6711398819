package dev.interlinear.answer;

import java.util.ArrayList;
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

    /** Folded words of a text (letters and digits; everything else separates). */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                out.add(fold(word.toString()));
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            out.add(fold(word.toString()));
        }
        return out;
    }

    static String fold(String word) {
        char[] in = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
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
        return java.util.stream.IntStream.rangeClosed(0, folded.length() - GRAM)
                .mapToLong(i -> pack(folded, i)).distinct().sorted().toArray();
    }
}
