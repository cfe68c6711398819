package dev.interlinear.corpus;

import java.nio.file.Path;

/** A file that could not be used, with a one-line reason meant for people. */
public record CorpusProblem(Path file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
