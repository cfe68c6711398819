package dev.interlinear.align;

/**
 * What the cost function needs of one sentence, precomputed once per alignment so the dynamic program does no
 * text work.
 *
 * @param kindMask 1 for prose, 2 for heading, 4 for code: beads compare the union of their sentences' masks
 * @param anchors  ids of its anchors (numbers, names, cognate keys) in {@link PairProfiles}' vocabulary, sorted
 *                 and distinct
 * @param numbers  how many of its anchors are numbers
 */
record SentenceProfile(int length, int block, int kindMask, boolean quote, int[] anchors, int numbers) {

    static final int PROSE = 1;
    static final int HEADING = 2;
    static final int CODE = 4;
}
