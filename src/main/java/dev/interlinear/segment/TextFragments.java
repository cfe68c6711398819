package dev.interlinear.segment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text fragment directives ({@code #:~:text=...}, WICG Scroll-to-Text) that pick one sentence out of a
 * translation's public page: {@code start,end} for long sentences, the whole sentence for short ones, and a
 * {@code prefix-,} of the previous sentence's last words when the sentence's start occurs more than once.
 */
public final class TextFragments {

    /** Text fragments match whole words; a few words at each end are enough to find a sentence. */
    static final int EDGE_WORDS = 5;

    static final int PREFIX_WORDS = 3;

    private TextFragments() {}

    /** The directive (after {@code text=}) for sentence {@code index} of a translation's sentences. */
    public static String directive(List<String> sentences, int index) {
        return directives(sentences).get(index);
    }

    /**
     * The directives of all sentences of a translation at once: word n-grams of the whole translation are
     * counted once, so telling whether a sentence's start recurs costs a look-up, not a scan of the text.
     */
    public static List<String> directives(List<String> sentences) {
        List<String[]> words =
                sentences.stream().map(s -> s.strip().split("\\s+")).toList();
        List<String> all = new ArrayList<>();
        words.forEach(w -> Arrays.stream(w).map(x -> x.toLowerCase(Locale.ROOT)).forEach(all::add));
        Map<Integer, Map<String, Integer>> shingleCounts = new HashMap<>();
        List<String> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < words.size(); i++) {
            String[] w = words.get(i);
            int startLength = Math.min(w.length, EDGE_WORDS);
            String start = String.join(" ", Arrays.copyOfRange(w, 0, startLength));
            String body = w.length <= 2 * EDGE_WORDS
                    ? encode(String.join(" ", w))
                    : encode(start) + ","
                            + encode(String.join(" ", Arrays.copyOfRange(w, w.length - EDGE_WORDS, w.length)));
            int occurrences = shingleCounts
                    .computeIfAbsent(startLength, n -> shingles(all, n))
                    .getOrDefault(start.toLowerCase(Locale.ROOT), 0);
            if (i > 0 && occurrences > 1) {
                String[] previous = words.get(i - 1);
                String prefix = String.join(
                        " ",
                        Arrays.copyOfRange(previous, Math.max(0, previous.length - PREFIX_WORDS), previous.length));
                body = encode(prefix) + "-," + body;
            }
            out.add(body);
        }
        return out;
    }

    private static Map<String, Integer> shingles(List<String> words, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    /** Percent-encodes as text fragments require: also '-', ',' and '&', which are syntax there. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("-", "%2D")
                .replace("*", "%2A");
    }
}
