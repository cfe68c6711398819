package dev.interlinear.text;

import java.util.Optional;

/** Tells which of a fixed set of languages a text is in. */
public interface LanguageDetector {

    /** The most likely language, or empty when the text carries no usable letters. */
    Optional<LanguageGuess> detect(String text);

    /**
     * A cheap first look: true when the text is plainly in this language, so a full detection can be
     * skipped. False means "look closer", not "another language".
     */
    default boolean plainlyIn(String text, String lang) {
        return false;
    }
}
