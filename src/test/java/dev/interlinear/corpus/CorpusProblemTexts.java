package dev.interlinear.corpus;

/** How the tests show a problem: its file's name and its reason. */
final class CorpusProblemTexts {

    private CorpusProblemTexts() {}

    static String nameAndReason(CorpusProblem problem) {
        return problem.file().getFileName() + ": " + problem.reason();
    }
}
