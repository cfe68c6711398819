package dev.interlinear.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text fragment directives ({@code #:~:text=...}, WICG Scroll-to-Text) that pick one sentence out of a
 * translation's public page: {@code start,end} for long sentences, the whole sentence for short ones, and a
 * {@code prefix-,} of the previous sentence's last words when the sentence's start occurs more than once.
 */
public final class TextFragments {

    /** Text fragments match whole words; a few words at each end are enough to find a sentence. */
    static final int EDGE_WORDS = 5;
    static final int PREFIX_WORDS = 3;

    private TextFragments() {
    }

    /** The directive (after {@code text=}) for sentence {@code index} of a translation's sentences. */
    public static String directive(List<String> sentences, int index) {
        String[] words = sentences.get(index).strip().split("\\s+");
        String body;
        String start;
        if (words.length <= 2 * EDGE_WORDS) {
            start = String.join(" ", words);
            body = encode(start);
        } else {
            start = String.join(" ", Arrays.copyOfRange(words, 0, EDGE_WORDS));
            String end = String.join(" ", Arrays.copyOfRange(words, words.length - EDGE_WORDS, words.length));
            body = encode(start) + "," + encode(end);
        }
        if (index > 0 && occursMoreThanOnce(sentences, start)) {
            String[] previous = sentences.get(index - 1).strip().split("\\s+");
            String prefix = String.join(" ", Arrays.copyOfRange(previous, Math.max(0, previous.length - PREFIX_WORDS),
                    previous.length));
            return encode(prefix) + "-," + body;
        }
        return body;
    }

    private static boolean occursMoreThanOnce(List<String> sentences, String start) {
        String needle = start.toLowerCase(Locale.ROOT);
        int count = 0;
        for (String s : sentences) {
            String hay = s.toLowerCase(Locale.ROOT);
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
                if (++count > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Percent-encodes as text fragments require: also '-', ',' and '&', which are syntax there. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("-", "%2D")
                .replace("*", "%2A");
    }
}
