package dev.interlinear.index;

/** A search hit: the sentence and its Lucene score. */
public record ScoredSentence(IndexedSentence sentence, float score) {
}
