package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.index.IndexedSentence;
import dev.interlinear.index.ScoredSentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankerTest {

    private static IndexedSentence sentence(String article, int index) {
        return new IndexedSentence(article, "de", "de", index, index, "PARAGRAPH", article + "#" + index,
                "Der Vertrag wurde 2025 unterzeichnet.", "Titel", Optional.empty(), Optional.empty(),
                Set.of("2025"), Set.of());
    }

    @Test
    void givenTheSameSentenceInSeveralPlacesWithEqualScores_whenRanked_thenTheyGoInArticleAndPositionOrder() {
        // GIVEN one sentence found in three places, in the order the index happened to hold them
        AnalyzedQuestion question = new AnalyzedQuestion("de", AnswerType.OTHER, List.of(), List.of("2025"));
        List<ScoredSentence> candidates = List.of(
                new ScoredSentence(sentence("b", 3), 2.0f, Set.of()),
                new ScoredSentence(sentence("a", 7), 2.0f, Set.of()),
                new ScoredSentence(sentence("a", 2), 2.0f, Set.of()));

        // WHEN ranked
        List<Ranker.Ranked> ranked = new Ranker().rank(question, candidates);

        // THEN the order is the articles' and the positions', whatever the index's
        assertThat(ranked).extracting(r -> r.sentence().article() + "/" + r.sentence().index())
                .containsExactly("a/2", "a/7", "b/3");
    }
}
