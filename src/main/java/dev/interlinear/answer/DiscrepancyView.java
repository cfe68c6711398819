package dev.interlinear.answer;

/** Two translations that disagree on a figure, each side with its sentence and link. */
public record DiscrepancyView(String article, String kind, Side left, Side right) {

    public record Side(String lang, int sentenceIndex, String figure, String sentence, String link) {}
}
