package dev.interlinear.eval;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one question fared.
 *
 * @param rank      1-based rank of the first right sentence among answer and alternatives (for a question
 *                  the corpus does not answer: 1 when declined); empty when missed
 * @param lang      the language of the translation the answer came from, when answered
 * @param score     the answer's confidence, when answered
 * @param wrongLanguage answered from another language although the article has the asker's
 */
public record EvalResult(
        EvalQuestion question,
        OptionalInt rank,
        boolean answered,
        Optional<String> lang,
        Optional<String> sentence,
        Optional<Double> score,
        boolean wrongLanguage) {}
