package dev.interlinear.index;

import java.util.Set;

/**
 * A search hit: the sentence, its Lucene score, which of the terms asked about its field holds, and which of them
 * its passage holds (see {@link SentenceIndex#search(org.apache.lucene.search.Query, int, String,
 * java.util.Collection)}).
 *
 * @param passageTerms those of the terms that the sentence before it in its translation or its section heading
 *                     holds
 */
public record ScoredSentence(IndexedSentence sentence, float score, Set<String> terms, Set<String> passageTerms) {

    public ScoredSentence {
        terms = Set.copyOf(terms);
        passageTerms = Set.copyOf(passageTerms);
    }

    public ScoredSentence(IndexedSentence sentence, float score, Set<String> terms) {
        this(sentence, score, terms, Set.of());
    }

    public ScoredSentence(IndexedSentence sentence, float score) {
        this(sentence, score, Set.of());
    }
}
