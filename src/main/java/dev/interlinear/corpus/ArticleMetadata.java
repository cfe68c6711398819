package dev.interlinear.corpus;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code article.yaml} says about an article; every part is optional.
 *
 * @param original the language the article was first written in (normalised tag)
 * @param titles   title per normalised language tag
 * @param urls     public URL of each translation, per normalised language tag
 */
public record ArticleMetadata(Optional<String> original, Map<String, String> titles, Map<String, String> urls) {
    public ArticleMetadata {
        titles = Map.copyOf(titles);
        urls = Map.copyOf(urls);
    }

    /** For an article without {@code article.yaml}, or whose {@code article.yaml} had to be ignored. */
    public static ArticleMetadata none() {
        return new ArticleMetadata(Optional.empty(), Map.of(), Map.of());
    }
}
