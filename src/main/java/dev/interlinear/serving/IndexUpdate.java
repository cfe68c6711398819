package dev.interlinear.serving;

import dev.interlinear.corpus.CorpusProblem;
import java.util.List;
import java.util.Set;

/**
 * What bringing the index up to date with the articles folder did; the new generation is current on disk, and
 * a refresh of the {@link ServedEdition} opens it.
 *
 * @param kept      articles that kept their previous version because a file they were read from broke
 * @param reindexed articles indexed anew (changed or added)
 * @param removed   articles no longer in the folder
 * @param followed  whether another process sharing the data directory built it, and this one only opens it
 */
public record IndexUpdate(
        List<CorpusProblem> problems, Set<String> kept, Set<String> reindexed, Set<String> removed, boolean followed) {

    /** Another process built the generation; this one only opens it. */
    public static final IndexUpdate FOLLOWED = new IndexUpdate(List.of(), Set.of(), Set.of(), Set.of(), true);

    /** Why the served index is older than the articles: a build that failed, in one line (out of memory named). */
    public static String failure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof OutOfMemoryError)) {
            root = root.getCause();
        }
        String why;
        if (root instanceof OutOfMemoryError) {
            why = "out of memory (heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)";
        } else {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            why = message.lines().findFirst().orElse(message);
        }
        return "the index could not be rebuilt from the articles as they are now: " + why;
    }
}
