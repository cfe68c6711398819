package dev.interlinear.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question that cannot be looked up at all (empty, too long, no words, an unsupported language).
 * The message says why in English (command line, web API); {@link #reason()} and {@link #arguments()} let
 * front ends say it in the asker's language, and {@link #language()} is the language the reply would have
 * been in, when it could be told.
 */
public final class InvalidQuestionException extends RuntimeException {

    /** Why a question is refused; the key names the front ends' localised text. */
    public enum Reason {
        EMPTY("invalid.empty"),
        NO_WORDS("invalid.no-words"),
        /** arguments: the length, the maximum */
        TOO_LONG("invalid.too-long"),
        /** arguments: the language asked for, the supported languages */
        UNSUPPORTED_LANGUAGE("invalid.language");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;
    private final List<Object> arguments;
    private final Optional<String> language;

    public InvalidQuestionException(Reason reason, String message, List<?> arguments) {
        this(reason, message, arguments, Optional.empty());
    }

    private InvalidQuestionException(Reason reason, String message, List<?> arguments, Optional<String> language) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = List.copyOf(arguments);
        this.language = language;
    }

    /** The same refusal, to be told in {@code lang}. */
    InvalidQuestionException inLanguage(String lang) {
        InvalidQuestionException copy =
                new InvalidQuestionException(reason, getMessage(), arguments, Optional.of(lang));
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The reply language chosen for the question, when there was one to choose. */
    public Optional<String> language() {
        return language;
    }
}
