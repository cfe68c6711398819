package dev.interlinear.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words of one language with their frequencies, and the lengths of its sentences, learnt from real text
 * so that generated sentences keep realistic word frequencies (a Zipf-like curve) and prose-like lengths.
 * Without real text, a synthetic Zipf vocabulary of pseudo-words stands in.
 */
final class Vocabulary {

    private final List<String> words = new ArrayList<>();
    private final long[] cumulative;
    private final int[] sentenceLengths;

    private Vocabulary(Map<String, Integer> counts, List<Integer> lengths) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        cumulative = new long[sorted.size()];
        long total = 0;
        for (int i = 0; i < sorted.size(); i++) {
            words.add(sorted.get(i).getKey());
            total += sorted.get(i).getValue();
            cumulative[i] = total;
        }
        sentenceLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Learns from sentences of real text. */
    static Vocabulary learn(List<String> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        List<Integer> lengths = new ArrayList<>();
        for (String s : sentences) {
            int n = 0;
            for (String w : s.split("\\s+")) {
                String word = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
                if (word.length() > 1 && word.codePoints().allMatch(Character::isLetter)) {
                    counts.merge(word, 1, Integer::sum);
                    n++;
                }
            }
            if (n >= 3) {
                lengths.add(Math.min(n, 60));
            }
        }
        return counts.size() < 200 || lengths.isEmpty() ? null : new Vocabulary(counts, lengths);
    }

    /** Pseudo-words with Zipf frequencies (the k-th word is 1/k as likely as the first). */
    static Vocabulary synthetic(String lang, int size, Random random) {
        Map<String, Integer> counts = new HashMap<>();
        String letters = "aeioulnrstdmkpgbvhz";
        while (counts.size() < size) {
            StringBuilder w = new StringBuilder(lang);
            int length = 3 + random.nextInt(7);
            for (int i = 0; i < length; i++) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            counts.put(w.toString(), 1_000_000 / (counts.size() + 1) + 1);
        }
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lengths.add(8 + (int) Math.abs(random.nextGaussian() * 10));
        }
        return new Vocabulary(counts, lengths);
    }

    String word(Random random) {
        long r = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return words.get(lo);
    }

    int sentenceLength(Random random) {
        return sentenceLengths[random.nextInt(sentenceLengths.length)];
    }
}
