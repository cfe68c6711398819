package dev.interlinear.answer;

/** A question that cannot be looked up at all (empty, too long, no words); the message says why. */
public final class InvalidQuestionException extends RuntimeException {
    public InvalidQuestionException(String message) {
        super(message);
    }
}
