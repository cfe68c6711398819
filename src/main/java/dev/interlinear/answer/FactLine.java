package dev.interlinear.answer;

/**
 * One fact as the facts commands show it.
 *
 * @param kind   the fact kind's name ({@code MONEY}, {@code POWER}, ...) or {@code QUOTE}
 * @param figure the figure as written, or for a quote the speaker
 * @param text   the sentence stating the figure, or the quoted words
 */
public record FactLine(
        String article, String lang, int sentenceIndex, String kind, String figure, String text, String link) {}
