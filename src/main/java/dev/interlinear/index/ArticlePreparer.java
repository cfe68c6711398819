package dev.interlinear.index;

import dev.interlinear.align.ArticleAligner;
import dev.interlinear.corpus.Article;
import dev.interlinear.corpus.Translation;
import dev.interlinear.segment.Sentence;
import dev.interlinear.segment.TranslationSentences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Segments every translation of an article and aligns them: what the index stores per sentence. */
public final class ArticlePreparer {

    private final TranslationSentences sentences;
    private final ArticleAligner aligner;

    public ArticlePreparer(TranslationSentences sentences, ArticleAligner aligner) {
        this.sentences = sentences;
        this.aligner = aligner;
    }

    public PreparedArticle prepare(Article article) {
        Map<String, List<Sentence>> byLang = new LinkedHashMap<>();
        for (Translation t : article.translations().values()) {
            byLang.put(t.lang(), sentences.of(t));
        }
        return new PreparedArticle(article, byLang, aligner.align(byLang, article.original()));
    }
}
