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

    /** Dice coefficient of two gram sets: 1 for the same word, about 0.6-0.8 for cognates. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String g : small) {
            if (large.contains(g)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
