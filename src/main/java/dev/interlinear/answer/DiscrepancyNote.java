package dev.interlinear.answer;

/**
 * Another translation of an answer's sentence states a different figure.
 *
 * @param ownFigure the figure as the answer's sentence states it ("700 Milliarden US-Dollar")
 * @param figure    the figure as the other translation states it ("7 trilhões de dólares")
 */
public record DiscrepancyNote(String lang, int sentenceIndex, String figure, String ownFigure, String link) {}
