package dev.interlinear.config;

/** A setting that is missing, unknown or of the wrong type; the message names the key and is shown as is. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
