package dev.interlinear.answer;

import java.util.Optional;

/**
 * Links to a sentence (DESIGN.md, Links): the built-in reader's {@code /articles/{id}/{lang}#s{n}}, or for a
 * translation with a public URL a text fragment {@code URL#:~:text=start,end} that picks the sentence out.
 */
public final class Links {

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

    /**
     * The link an answer carries: the public URL with the sentence's text fragment when the translation has
     * one, else the built-in reader.
     */
    public String sentence(
            String article, String lang, int sentenceIndex, Optional<String> url, Optional<String> fragment) {
        if (url.isPresent() && fragment.isPresent()) {
            String u = url.get();
            return (u.contains("#") ? u.substring(0, u.indexOf('#')) : u) + "#:~:text=" + fragment.get();
        }
        return reader(article, lang, sentenceIndex);
    }
}
