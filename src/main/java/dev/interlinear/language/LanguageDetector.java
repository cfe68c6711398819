package dev.interlinear.language;

import java.util.Map;
import java.util.Optional;

/** Tells which of a fixed set of languages a text is in. */
public interface LanguageDetector {

    /** The most likely language, or empty when the text carries no usable letters. */
    Optional<LanguageGuess> detect(String text);

    /**
     * The language of a question or chat message, with a calibrated probability as confidence: of the questions
     * given 0.9, about nine in ten are in that language. Names and acronyms count for no language. Empty when the
     * text carries no usable letters. By default {@link #detect}.
     */
    default Optional<LanguageGuess> detectQuestion(String text) {
        return detect(text);
    }

    /**
     * The calibrated probability of each language for a question or chat message, as {@link #detectQuestion} gives
     * it for its guess, the guess first among equals; empty when the text carries no usable letters. By default the
     * guess alone.
     */
    default Map<String, Double> questionProbabilities(String text) {
        return detectQuestion(text).map(g -> Map.of(g.lang(), g.confidence())).orElse(Map.of());
    }

    /**
     * A cheap first look: true when the text is plainly in this language, so a full detection can be
     * skipped. False means "look closer", not "another language".
     */
    default boolean plainlyIn(String text, String lang) {
        return false;
    }
}
