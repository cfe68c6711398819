package dev.interlinear.index;

import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.corpus.Article;
import dev.interlinear.segment.Sentence;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article ready for indexing: its sentences per translation and their alignment.
 *
 * @param sentences per translation, in the article's translation order (facts are listed in that order; an
 *                  immutable {@code Map.copyOf} would iterate in an order that changes from run to run)
 */
public record PreparedArticle(Article article, Map<String, List<Sentence>> sentences, ArticleAlignment alignment) {
    public PreparedArticle {
        sentences.forEach((lang, list) -> Objects.requireNonNull(list, lang));
        sentences = Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
    }
}
