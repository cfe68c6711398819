package dev.interlinear.corpus;

/**
 * Turns the decoded text of one translation file into its title and structural blocks. Implementations must
 * be thread-safe: the loader reads several articles at once.
 */
public interface DocumentReader {

    /**
     * @param content the whole file, already decoded (see {@link TextDecoder})
     * @throws UnreadableDocumentException when the file has no usable content
     */
    ParsedDocument read(String content) throws UnreadableDocumentException;
}
