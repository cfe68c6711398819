package dev.interlinear.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One translation of an article.
 *
 * @param lang  BCP 47 tag from the file name, normalised (e.g. {@code pt-BR})
 * @param url   the public URL of this translation, from {@code article.yaml}, if any
 */
public record Translation(
        String articleId, String lang, String title, Optional<String> url, Path source, List<Block> blocks) {
    public Translation {
        blocks = List.copyOf(blocks);
    }
}
