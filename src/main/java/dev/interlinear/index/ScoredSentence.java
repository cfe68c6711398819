package dev.interlinear.index;

import java.util.Set;

/**
 * A search hit: the sentence, its Lucene score, and which of the terms asked about its field holds (see
 * {@link SentenceIndex#search(org.apache.lucene.search.Query, int, String, java.util.Collection)}).
 */
public record ScoredSentence(IndexedSentence sentence, float score, Set<String> terms) {

    public ScoredSentence {
        terms = Set.copyOf(terms);
    }

    public ScoredSentence(IndexedSentence sentence, float score) {
        this(sentence, score, Set.of());
    }
}
