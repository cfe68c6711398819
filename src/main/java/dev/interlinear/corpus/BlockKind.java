package dev.interlinear.corpus;

/** The structural role of a block of an article; headings and code are never merged into prose. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_CELL,
    CODE,
    QUOTE;

    /** Prose is segmented into sentences; headings and code stay whole units. */
    public boolean isProse() {
        return this == PARAGRAPH || this == LIST_ITEM || this == TABLE_CELL || this == QUOTE;
    }
}
