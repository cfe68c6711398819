package dev.interlinear.index;

/** The index cannot be built, opened or searched; the message says why in one line. */
public final class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
