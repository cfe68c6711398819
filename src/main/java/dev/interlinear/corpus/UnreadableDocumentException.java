package dev.interlinear.corpus;

/**
 * A translation file that cannot be used: not text, empty, or without content.
 * Checked, so that every caller decides how to report it; the message is one line meant for people.
 */
public final class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
