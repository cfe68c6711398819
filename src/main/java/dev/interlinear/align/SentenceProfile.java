package dev.interlinear.align;

/**
 * What the cost function needs of one sentence, precomputed once per alignment so the dynamic program does no
 * text work.
 *
 * @param kindMask 1 for prose, 2 for heading, 4 for code: beads compare the union of their sentences' masks
 * @param anchors  ids of its anchors (numbers, names, cognate keys) in {@link PairProfiles}' vocabulary, sorted
 *                 and distinct
 * @param numbers  how many of its anchors are numbers; they come first in {@code anchors}, as the vocabulary
 *                 gives numbers the lowest ids
 * @param signature bit (id mod 64) set for each anchor: a clear bit answers "does it have this anchor?" with no
 *                  search, which is the usual answer
 */
record SentenceProfile(int length, int block, int kindMask, boolean quote, int[] anchors, int numbers, long signature) {

    /** A profile whose signature is that of its anchors. */
    SentenceProfile(int length, int block, int kindMask, boolean quote, int[] anchors, int numbers) {
        this(length, block, kindMask, quote, anchors, numbers, signatureOf(anchors));
    }

    /** The bit of an anchor id in a {@link #signature}. */
    static long bit(int id) {
        return 1L << (id & 63);
    }

    private static long signatureOf(int[] anchors) {
        long signature = 0;
        for (int id : anchors) {
            signature |= bit(id);
        }
        return signature;
    }

    static final int PROSE = 1;
    static final int HEADING = 2;
    static final int CODE = 4;
}
