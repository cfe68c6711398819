package dev.interlinear.segment;

import dev.interlinear.corpus.BlockKind;

/**
 * One sentence (or heading, or code line) of a translation.
 *
 * @param index 0-based position within the translation; the {@code #s{n}} anchor of the reader
 * @param block index of the block it comes from
 * @param lang  the language the text is actually in: the translation's, or the detected language of an
 *              untranslated paragraph
 */
public record Sentence(int index, String text, int block, BlockKind kind, String lang) {}
