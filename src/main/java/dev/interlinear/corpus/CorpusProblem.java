package dev.interlinear.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something in a file of the articles folder that could not be used, with a one-line reason meant for people.
 *
 * @param effect whether the file itself was left out, or read with only the named part ignored
 */
public record CorpusProblem(Path file, String reason, Effect effect) {

    /** What a problem cost. */
    public enum Effect {
        /** The file was not used at all (unreadable, too large, invalid): an edit of it did not take effect. */
        FILE_SKIPPED,
        /** The file was used; only the part the reason names was ignored (an unknown key, say). */
        NOTICE
    }

    public CorpusProblem {
        Objects.requireNonNull(file);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(effect);
    }

    /** A file that was left out. */
    public CorpusProblem(Path file, String reason) {
        this(file, reason, Effect.FILE_SKIPPED);
    }

    public boolean fileSkipped() {
        return effect == Effect.FILE_SKIPPED;
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
