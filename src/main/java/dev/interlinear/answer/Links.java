package dev.interlinear.answer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Links to a sentence (DESIGN.md, Links): the built-in reader's {@code /articles/{id}/{lang}#s{n}}, or for a
 * translation with a public URL a text fragment {@code URL#:~:text=start,end} that picks the sentence out.
 */
public final class Links {

    /** Text fragments match whole words; a few words at each end are enough to find a sentence. */
    private static final int FRAGMENT_WORDS = 5;

    private final String baseUrl;

    public Links(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The built-in reader's page of a whole translation. */
    public String translation(String article, String lang) {
        return baseUrl + "/articles/" + article + "/" + lang;
    }

    public String reader(String article, String lang, int sentenceIndex) {
        return baseUrl + "/articles/" + article + "/" + lang + "#s" + sentenceIndex;
    }

    /** The link an answer carries: external with a text fragment when the translation has a URL. */
    public String sentence(String article, String lang, int sentenceIndex, String sentence, Optional<String> url) {
        return url.map(u -> textFragment(u, sentence)).orElseGet(() -> reader(article, lang, sentenceIndex));
    }

    static String textFragment(String url, String sentence) {
        String base = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        String[] words = sentence.strip().split("\\s+");
        String directive;
        if (words.length <= 2 * FRAGMENT_WORDS) {
            directive = encode(String.join(" ", words));
        } else {
            String start = String.join(" ", java.util.Arrays.copyOfRange(words, 0, FRAGMENT_WORDS));
            String end = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - FRAGMENT_WORDS, words.length));
            directive = encode(start) + "," + encode(end);
        }
        return base + "#:~:text=" + directive;
    }

    /** Percent-encodes as text fragments require: also '-', ',' and '&', which are syntax there. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("-", "%2D")
                .replace("*", "%2A");
    }
}
