package dev.interlinear.answer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate sentence's folded words, for the ranker's comparisons. The n-gram overlap of a question word
 * with every sentence word is computed on the fly from character windows packed into longs and looked up
 * in the question word's sorted grams: no sets or strings are built per sentence, which matters because
 * every question compares against dozens of candidates.
 */
final class SentenceWords {

    private final List<String> words;
    private final Set<String> folded;
    private final int minCognateLength;

    SentenceWords(String text, int minCognateLength) {
        this.words = Words.of(text);
        this.folded = new HashSet<>(words);
        this.minCognateLength = minCognateLength;
    }

    int size() {
        return words.size();
    }

    boolean contains(String foldedWord) {
        return folded.contains(foldedWord);
    }

    List<String> words() {
        return words;
    }

    /** The best Dice coefficient of the word's packed grams with any long-enough sentence word's grams. */
    double bestDice(long[] queryGrams) {
        if (queryGrams.length == 0) {
            return 0;
        }
        double best = 0;
        for (String w : words) {
            if (w.length() < minCognateLength) {
                continue;
            }
            int windows = w.length() - Words.GRAM + 1;
            // Dice >= 0.5 needs the gram counts within a factor of three of each other: skip the rest unread.
            if (windows > 3 * queryGrams.length || 3 * windows < queryGrams.length) {
                continue;
            }
            int shared = 0;
            for (int i = 0; i < windows; i++) {
                if (Arrays.binarySearch(queryGrams, Words.pack(w, i)) >= 0) {
                    shared++;
                }
            }
            best = Math.max(best, 2.0 * shared / (queryGrams.length + windows));
        }
        return best;
    }
}
