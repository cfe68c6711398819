package dev.interlinear.language;

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
     * How many of the text's words are function words (articles, prepositions, pronouns, question words) of
     * {@code lang} that {@code other} does not have: evidence of a language that names and loanwords never give.
     * By default 0 (a detector without function words).
     */
    default int functionWordsApart(String text, String lang, String other) {
        return 0;
    }

    /**
     * A cheap first look: true when the text is plainly in this language, so a full detection can be
     * skipped. False means "look closer", not "another language".
     */
    default boolean plainlyIn(String text, String lang) {
        return false;
    }
}
