package dev.interlinear.language;

/**
 * The language detector's model could not be read. Not a problem of one text or one article: an index built
 * without the model would be wrong everywhere, so builds stop rather than skip articles.
 */
public final class LanguageModelUnavailableException extends RuntimeException {

    public LanguageModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
