package dev.interlinear.align;

/**
 * The bead shapes the aligner considers, with their prior probabilities (Gale and Church 1993, as most
 * reimplementations use them, e.g. NLTK's; 1:3 and 3:1 added as rare shapes).
 */
enum BeadShape {
    ONE_ONE(1, 1, 0.89),
    ONE_ZERO(1, 0, 0.0099),
    ZERO_ONE(0, 1, 0.0099),
    TWO_ONE(2, 1, 0.089),
    ONE_TWO(1, 2, 0.089),
    TWO_TWO(2, 2, 0.011),
    THREE_ONE(3, 1, 0.002),
    ONE_THREE(1, 3, 0.002);

    /** Number of sentences taken from each side. */
    final int left;

    final int right;
    /** -ln(prior). */
    final double penalty;

    BeadShape(int left, int right, double prior) {
        this.left = left;
        this.right = right;
        this.penalty = -Math.log(prior);
    }

    private static final BeadShape[] ALL = values();

    static BeadShape byOrdinal(int ordinal) {
        return ALL[ordinal];
    }
}
