package dev.interlinear.cli;

/** Bad arguments found after parsing (a missing file, say): exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
