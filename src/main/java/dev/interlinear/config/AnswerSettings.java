package dev.interlinear.config;

/**
 * How answers are chosen.
 *
 * @param minConfidence the least probability (0..1), by the answer's confidence model, that the best sentence
 *                      answers the question; below it the bot says the articles do not answer
 * @param alternatives  how many further sentences an answer lists
 */
public record AnswerSettings(double minConfidence, int alternatives) {
    public static final AnswerSettings DEFAULTS = new AnswerSettings(0.35, 4);

    public AnswerSettings {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new ConfigException("answer.min-confidence must be between 0 and 1, got " + minConfidence);
        }
        if (alternatives < 0 || alternatives > 20) {
            throw new ConfigException("answer.alternatives must be between 0 and 20, got " + alternatives);
        }
    }
}
