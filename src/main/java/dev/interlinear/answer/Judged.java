package dev.interlinear.answer;

import java.util.List;

/**
 * A question's best candidates with the confidence model's features, before any decline: what
 * {@code eval --fit} fits the model on.
 *
 * @param language the language the question was taken to be in
 */
public record Judged(String language, List<Candidate> candidates) {

    public Judged {
        candidates = List.copyOf(candidates);
    }

    /**
     * One candidate sentence and its features (in the order of {@link AnswerConfidence#FEATURES}).
     *
     * @param otherLanguage whether the sentence is in another language than the question (the confidence model
     *                      has a part of its own for those)
     */
    public record Candidate(String article, String lang, String sentence, double[] features, boolean otherLanguage) {
        public Candidate {
            features = features.clone();
        }
    }
}
