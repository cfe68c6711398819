package dev.interlinear.config;

/**
 * How answers are chosen.
 *
 * @param minConfidence answers whose confidence (0..1) is below this are declined
 * @param alternatives  how many further sentences an answer lists
 */
public record AnswerSettings(double minConfidence, int alternatives) {
    public static final AnswerSettings DEFAULTS = new AnswerSettings(0.40, 4);

    public AnswerSettings {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new ConfigException("answer.min-confidence must be between 0 and 1, got " + minConfidence);
        }
        if (alternatives < 0 || alternatives > 20) {
            throw new ConfigException("answer.alternatives must be between 0 and 20, got " + alternatives);
        }
    }
}
