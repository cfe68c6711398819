package dev.interlinear.index;

import dev.interlinear.align.ArticleAlignment;
import dev.interlinear.corpus.Article;
import dev.interlinear.text.Sentence;
import java.util.List;
import java.util.Map;

/** An article ready for indexing: its sentences per translation and their alignment. */
public record PreparedArticle(Article article, Map<String, List<Sentence>> sentences, ArticleAlignment alignment) {
    public PreparedArticle {
        sentences = Map.copyOf(sentences);
    }
}
