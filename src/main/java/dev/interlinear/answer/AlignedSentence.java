package dev.interlinear.answer;

/** The same passage in another translation: the aligned sentence(s), joined, with a link to the first. */
public record AlignedSentence(String lang, int sentenceIndex, String sentence, String link) {}
