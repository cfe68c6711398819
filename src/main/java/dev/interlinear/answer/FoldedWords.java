package dev.interlinear.answer;

import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.language.Folding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a text as the ranker compares them across languages: {@linkplain Folding folded}, and for
 * near matches cut into character 4-grams, the same way the index's n-gram field cuts them.
 */
final class FoldedWords {

    static final int GRAM = LanguageAnalyzers.GRAM;

    private final List<String> words;
    private final Set<String> distinct;

    FoldedWords(String text) {
        this.words = split(text);
        this.distinct = new HashSet<>(words);
    }

    /**
     * Folded words of a text: letters and digits, with the combining marks inside a word (the vowel signs of
     * Devanagari or Thai are marks, not letters); everything else separates.
     */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0 && !isMark(cp)) {
                String folded = Folding.fold(text.substring(start, i));
                if (!folded.isEmpty()) { // a letter that folding removes (a Hangul filler) is no word
                    out.add(folded);
                }
                start = -1;
            }
            i += Character.charCount(cp);
        }
        return out;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The distinct 4-grams of a folded word; the word itself when it is not longer than one. */
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

    int size() {
        return words.size();
    }

    boolean contains(String foldedWord) {
        return distinct.contains(foldedWord);
    }

    List<String> words() {
        return words;
    }

    /**
     * The best Dice coefficient of a word's {@link #grams} with the 4-grams of any of these words at least
     * {@code minLength} long.
     */
    double bestDice(Set<String> grams, int minLength) {
        double best = 0;
        for (String w : words) {
            int windows = w.length() - GRAM + 1;
            // Dice >= 0.5 needs the gram counts within a factor of three of each other: skip the rest unread.
            if (w.length() < minLength || windows > 3 * grams.size() || 3 * windows < grams.size()) {
                continue;
            }
            int shared = 0;
            for (int i = 0; i < windows; i++) {
                if (grams.contains(w.substring(i, i + GRAM))) {
                    shared++;
                }
            }
            best = Math.max(best, 2.0 * shared / (grams.size() + windows));
        }
        return best;
    }
}
