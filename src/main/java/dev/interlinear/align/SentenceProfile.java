package dev.interlinear.align;

/**
 * What the cost function needs of one sentence, precomputed once per alignment so the dynamic program does no
 * text work. Anchor arrays hold ids from {@link PairProfiles}' vocabularies, sorted and distinct.
 *
 * @param kindMask 1 for prose, 2 for heading, 4 for code: beads compare the union of their sentences' masks
 */
record SentenceProfile(int length, int block, int kindMask, boolean quote, int[] numbers, int[] names, int[] cognates) {

    static final int PROSE = 1;
    static final int HEADING = 2;
    static final int CODE = 4;
}
