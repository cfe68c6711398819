package dev.interlinear.corpus;

import java.util.Objects;

/** One structural unit of a translation: a heading, a paragraph, a list item, a table cell or a code block. */
public record Block(BlockKind kind, String text) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
