package dev.interlinear.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.align.ArticleAligner;
import dev.interlinear.corpus.Article;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.segment.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreparedArticleTest {

    @Test
    void givenTranslationsInTheArticlesOrder_whenPrepared_thenTheSentencesKeepThatOrder() {
        // GIVEN ten translations in a fixed order
        Map<String, List<Sentence>> byLang = new LinkedHashMap<>();
        for (String lang : List.of("pt", "de", "en", "es", "fr", "it", "nl", "sv", "da", "pl")) {
            byLang.put(lang, List.of(new Sentence(0, "Text " + lang + ".", 0, BlockKind.PARAGRAPH, lang)));
        }
        Article article = new Article("a", Optional.empty(), Map.of());

        // WHEN kept as a prepared article
        PreparedArticle prepared =
                new PreparedArticle(article, byLang, new ArticleAligner().align(byLang, Optional.empty()));

        // THEN facts, which are listed in this order, come out in the same order on every run
        assertThat(prepared.sentences().keySet()).containsExactlyElementsOf(byLang.keySet());
    }
}
