package dev.interlinear.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate sentence's words, prepared once per question for the ranker's comparisons: the folded words,
 * and an index from each character 4-gram to the words holding it, so that the n-gram overlap of a question
 * word with every sentence word costs a few map look-ups instead of a set intersection per pair.
 */
final class SentenceWords {

    private final List<String> words;
    private final Set<String> folded;
    private final int[] gramCounts;
    private final Map<String, List<Integer>> wordsByGram = new HashMap<>();

    SentenceWords(String text, int minCognateLength) {
        this.words = Words.of(text);
        this.folded = new HashSet<>(words);
        this.gramCounts = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() < minCognateLength) {
                continue;
            }
            Set<String> grams = Words.grams(w);
            gramCounts[i] = grams.size();
            for (String g : grams) {
                wordsByGram.computeIfAbsent(g, k -> new ArrayList<>(2)).add(i);
            }
        }
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

    /** The best Dice coefficient of the word's grams with any sentence word's grams. */
    double bestDice(Set<String> grams) {
        if (grams.isEmpty() || wordsByGram.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (String g : grams) {
            List<Integer> holders = wordsByGram.get(g);
            if (holders != null) {
                for (int i : holders) {
                    shared.merge(i, 1, Integer::sum);
                }
            }
        }
        double best = 0;
        for (var e : shared.entrySet()) {
            best = Math.max(best, 2.0 * e.getValue() / (grams.size() + gramCounts[e.getKey()]));
        }
        return best;
    }
}
