package dev.interlinear.answer;

/** A further candidate sentence, ranked after the answer. */
public record Alternative(String article, String lang, int sentenceIndex, String sentence, double score, String link) {}
