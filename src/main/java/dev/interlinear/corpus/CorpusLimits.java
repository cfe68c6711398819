package dev.interlinear.corpus;

/**
 * How much of the articles folder is read, so that no file can make a build run out of memory or time.
 *
 * <p>What a translation costs to index grows with its sentences, not its bytes (about 2 KB of heap per sentence
 * while an article is segmented, aligned and indexed), so the bounds are on the decoded text: its code points and
 * its blocks (a one-letter paragraph is a sentence of its own). They were chosen by measurement. The largest real
 * articles (the Debian Reference chapters; XQuAD, twelve translations an article) hold at most 27 012 code points
 * and 426 blocks in a translation and 119 779 code points in an article, far inside. An article at the bounds
 * indexes at {@code -Xmx1g}: four translations of 250 000 code points in sentences of four characters (250 000
 * sentences) in 32 s with at most 462 MB live after a collection, and two such articles prepared at once in
 * 35 s with 659 MB.
 */
public final class CorpusLimits {

    /**
     * A translation file larger than this is skipped unread, before any bound on its text can apply: parsing
     * dense markup takes up to 60 times its size in heap (two files of 8 MiB of {@code <p>x}, loaded at once,
     * peaked at 989 MB of a 1 GB heap; two of 2 MiB peak at 301 MB). The largest real translation
     * is a 95 KB HTML page.
     */
    public static final int FILE_BYTES = 2 * 1024 * 1024;

    /** article.yaml holds a few titles and links. */
    public static final int METADATA_BYTES = 1024 * 1024;

    /** Code points of text (what the blocks hold, markup not counted) in one translation. */
    public static final int TRANSLATION_CODE_POINTS = 250_000;

    /** Blocks (paragraphs, headings, list items, table cells, code) in one translation. */
    public static final int TRANSLATION_BLOCKS = 10_000;

    /**
     * Code points of text in all the translations of one article: the translations are prepared together
     * (aligned to one another), so the article, not the file, is the unit that must fit in memory.
     */
    public static final int ARTICLE_CODE_POINTS = 1_000_000;

    /** Blocks in all the translations of one article. */
    public static final int ARTICLE_BLOCKS = 40_000;

    /**
     * Characters of a block (paragraph, heading, list item, code); a longer one is cut into pieces at sentence ends
     * (see {@link BlockCutter}), so that a text without blank lines is no paragraph of megabytes.
     */
    public static final int BLOCK_CHARS = 10_000;

    /**
     * Combining marks in a row on one character; the excess is dropped. Unicode's Stream-Safe Text Format
     * (UAX #15) allows 30 for the same reason: no real text stacks more, and nothing more renders legibly.
     */
    public static final int COMBINING_MARKS = 30;

    /**
     * Characters of a title; a longer one is cut at a word. A title goes into every answer from its article; this
     * is well under Discord's 256 for an embed title, and the longest real one holds 87.
     */
    public static final int TITLE_CHARS = 200;

    private CorpusLimits() {}
}
