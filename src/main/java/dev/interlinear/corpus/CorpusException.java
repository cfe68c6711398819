package dev.interlinear.corpus;

/**
 * The corpus as a whole cannot be loaded (for example, the articles folder does not exist).
 * This is a configuration error: the message is one line, fit to show to whoever set the path.
 */
public final class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }
}
