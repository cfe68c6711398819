package dev.interlinear.align;

import java.util.Arrays;

/**
 * The cost of one bead: Gale-Church length cost plus the bead shape's prior, adjusted by anchors (shared numbers,
 * names, cognates, quotes) and structure (headings and code pair with their own kind). Lower is better.
 * One instance per alignment, used by one thread.
 */
final class BeadCost {

    /** Upper bound of the length term of a 1:0 or 0:1 bead, in nats. */
    static final double UNMATCHED_LENGTH_CAP = 2.0;

    private final PairProfiles p;
    private final AlignmentWeights w;

    /** Prefix sums of each sentence's largest possible anchor bonus, per side (see {@link #leftBonus}). */
    private final double[] cumBonusLeft;

    private final double[] cumBonusRight;
    /** The most anchors can take off one bead, whatever its sentences. */
    private final double bonusCap;
    /** Prefix counts per side of sentences with quoted text, and of block changes (sentence k in another block than k-1). */
    private final int[] cumQuoteLeft;

    private final int[] cumQuoteRight;
    private final int[] cumBlockChangeLeft;
    private final int[] cumBlockChangeRight;
    /**
     * {@link #baseCost} of the 1:0 bead of each left sentence and of the 0:1 bead of each right sentence: they
     * depend on that one sentence only, so each is computed once instead of once per cell of its row or column.
     */
    private final double[] omittedLeftBase;

    private final double[] omittedRightBase;
    /** Reused by {@link #anchorCost} (this class serves one alignment on one thread). */
    private final double[] sharedScratch = new double[3];

    BeadCost(PairProfiles profiles, AlignmentWeights weights) {
        this.p = profiles;
        this.w = weights;
        this.cumBonusLeft = cumulativeBonus(profiles.left);
        this.cumBonusRight = cumulativeBonus(profiles.right);
        this.bonusCap = 3 * w.numberShared() + 3 * w.nameShared() + 4 * w.cognateShared() + w.quoteShared();
        this.cumQuoteLeft = cumulativeQuotes(profiles.left);
        this.cumQuoteRight = cumulativeQuotes(profiles.right);
        this.cumBlockChangeLeft = cumulativeBlockChanges(profiles.left);
        this.cumBlockChangeRight = cumulativeBlockChanges(profiles.right);
        this.omittedLeftBase = new double[profiles.left.length];
        for (int k = 0; k < omittedLeftBase.length; k++) {
            omittedLeftBase[k] = computeBaseCost(BeadShape.ONE_ZERO, k, 0);
        }
        this.omittedRightBase = new double[profiles.right.length];
        for (int k = 0; k < omittedRightBase.length; k++) {
            omittedRightBase[k] = computeBaseCost(BeadShape.ZERO_ONE, 0, k);
        }
    }

    private static int[] cumulativeQuotes(SentenceProfile[] side) {
        int[] cum = new int[side.length + 1];
        for (int k = 0; k < side.length; k++) {
            cum[k + 1] = cum[k] + (side[k].quote() ? 1 : 0);
        }
        return cum;
    }

    private static int[] cumulativeBlockChanges(SentenceProfile[] side) {
        int[] cum = new int[side.length + 1];
        for (int k = 0; k < side.length; k++) {
            cum[k + 1] = cum[k] + (k > 0 && side[k].block() != side[k - 1].block() ? 1 : 0);
        }
        return cum;
    }

    private double[] cumulativeBonus(SentenceProfile[] side) {
        double[] cum = new double[side.length + 1];
        for (int k = 0; k < side.length; k++) {
            double[] byFamily = new double[3];
            for (int id : side[k].anchors()) {
                byFamily[p.anchorFamily[id]] += p.anchorWeight[id];
            }
            double bonus = w.numberShared() * Math.min(3.0, byFamily[PairProfiles.NUMBER])
                    + w.nameShared() * Math.min(3.0, byFamily[PairProfiles.NAME])
                    + w.cognateShared() * Math.min(4.0, byFamily[PairProfiles.COGNATE])
                    + (side[k].quote() ? w.quoteShared() : 0);
            cum[k + 1] = cum[k] + bonus;
        }
        return cum;
    }

    /** Cost of the bead of this shape that takes left sentences from {@code i} and right sentences from {@code j}. */
    double cost(BeadShape shape, int i, int j) {
        return baseCost(shape, i, j) + anchorCost(shape, i, j);
    }

    /** Prior and length terms: the part of the cost that anchors can lower by at most the bonus of its
     * sentences (see {@link #leftBonus}, {@link #rightBonus} and {@link #bonusCap}). */
    double baseCost(BeadShape shape, int i, int j) {
        if (shape == BeadShape.ONE_ZERO) {
            return omittedLeftBase[i];
        }
        if (shape == BeadShape.ZERO_ONE) {
            return omittedRightBase[j];
        }
        return computeBaseCost(shape, i, j);
    }

    private double computeBaseCost(BeadShape shape, int i, int j) {
        long leftChars = p.cumLeft[i + shape.left] - p.cumLeft[i];
        long rightChars = p.cumRight[j + shape.right] - p.cumRight[j];
        double length = lengthCost(leftChars, rightChars);
        if (shape.left == 0 || shape.right == 0) {
            // Gale-Church would charge a long untranslated sentence so much that merging it into a neighbour's
            // bead (a wrong 2:1) nearly always looks cheaper; an omission is about as likely for long sentences
            // as for short ones, so its length term is capped.
            length = Math.min(length, UNMATCHED_LENGTH_CAP);
        }
        return shape.penalty + length;
    }

    /** The largest bonus of left sentences [i, i + count), before the cap of {@link #bonusCap}. */
    double leftBonus(int i, int count) {
        return cumBonusLeft[i + count] - cumBonusLeft[i];
    }

    /** The largest bonus of right sentences [j, j + count), before the cap of {@link #bonusCap}. */
    double rightBonus(int j, int count) {
        return cumBonusRight[j + count] - cumBonusRight[j];
    }

    double bonusCap() {
        return bonusCap;
    }

    /** Anchor and structure terms: negative for shared evidence, positive for contradicting evidence. */
    double anchorCost(BeadShape shape, int i, int j) {
        int li = i + shape.left;
        int rj = j + shape.right;
        if (shape.left == 0 || shape.right == 0) {
            // Nothing to share; only numbers left without counterpart cost something.
            int unmatched = 0;
            for (int k = i; k < li; k++) {
                unmatched += p.left[k].numbers();
            }
            for (int k = j; k < rj; k++) {
                unmatched += p.right[k].numbers();
            }
            return w.numberUnmatched() * Math.min(4, unmatched);
        }
        double[] shared = sharedScratch;
        shared[0] = 0;
        shared[1] = 0;
        shared[2] = 0;
        int unmatched = shape == BeadShape.ONE_ONE
                ? sharedAnchorsOneToOne(p.left[i], p.right[j], shared)
                : sharedAnchors(p.left, i, li, p.right, j, rj, shared)
                        + sharedAnchors(p.right, j, rj, p.left, i, li, null);
        double cost = -w.numberShared() * Math.min(3.0, shared[PairProfiles.NUMBER])
                - w.nameShared() * Math.min(3.0, shared[PairProfiles.NAME])
                - w.cognateShared() * Math.min(4.0, shared[PairProfiles.COGNATE])
                + w.numberUnmatched() * Math.min(4, unmatched);
        boolean leftQuote = cumQuoteLeft[li] > cumQuoteLeft[i];
        boolean rightQuote = cumQuoteRight[rj] > cumQuoteRight[j];
        if (leftQuote && rightQuote) {
            cost -= w.quoteShared();
        } else if (leftQuote != rightQuote) {
            cost += w.quoteUnmatched();
        }
        if (kindMask(p.left, i, li) != kindMask(p.right, j, rj)) {
            cost += w.kindMismatch();
        }
        // Block boundaries crossed inside each side of the bead: changes at sentences i+1..li-1.
        int spans = (li > i ? cumBlockChangeLeft[li] - cumBlockChangeLeft[i + 1] : 0)
                + (rj > j ? cumBlockChangeRight[rj] - cumBlockChangeRight[j + 1] : 0);
        cost += w.blockSpan() * spans;
        return cost;
    }

    /**
     * Walks the distinct anchors of side a's sentences [a0, a1): adds the weight of those also found in b's
     * sentences [b0, b1) to {@code sharedByFamily} (when given), and returns how many of its numbers b lacks.
     * Signatures settle most membership questions without a search; the weights are added in the same order
     * either way, so the sums are the same to the last bit.
     */
    private int sharedAnchors(
            SentenceProfile[] a, int a0, int a1, SentenceProfile[] b, int b0, int b1, double[] sharedByFamily) {
        long inB = signature(b, b0, b1);
        long seen = 0;
        int unmatchedNumbers = 0;
        for (int k = a0; k < a1; k++) {
            int[] anchors = a[k].anchors();
            // Only numbers are counted on the way back; they are the first ids of each sentence.
            int end = sharedByFamily == null ? a[k].numbers() : anchors.length;
            for (int x = 0; x < end; x++) {
                int id = anchors[x];
                long bit = SentenceProfile.bit(id);
                if ((seen & bit) != 0 && containsAny(a, a0, k, id)) {
                    continue; // each anchor once per side
                }
                if ((inB & bit) != 0 && containsAny(b, b0, b1, id)) {
                    if (sharedByFamily != null) {
                        sharedByFamily[p.anchorFamily[id]] += p.anchorWeight[id];
                    }
                } else if (p.anchorFamily[id] == PairProfiles.NUMBER) {
                    unmatchedNumbers++;
                }
            }
            seen |= a[k].signature();
        }
        return unmatchedNumbers;
    }

    private static long signature(SentenceProfile[] side, int from, int to) {
        long signature = 0;
        for (int x = from; x < to; x++) {
            signature |= side[x].signature();
        }
        return signature;
    }

    /** The 1:1 case of {@link #sharedAnchors} in both directions, by one walk over the two sorted id arrays. */
    private int sharedAnchorsOneToOne(SentenceProfile left, SentenceProfile right, double[] sharedByFamily) {
        if ((left.signature() & right.signature()) == 0) {
            return left.numbers() + right.numbers(); // nothing shared: every number is unmatched
        }
        int[] a = left.anchors();
        int[] b = right.anchors();
        int unmatchedNumbers = 0;
        int x = 0;
        int y = 0;
        while (x < a.length || y < b.length) {
            int ida = x < a.length ? a[x] : Integer.MAX_VALUE;
            int idb = y < b.length ? b[y] : Integer.MAX_VALUE;
            if (ida == idb) {
                sharedByFamily[p.anchorFamily[ida]] += p.anchorWeight[ida];
                x++;
                y++;
            } else if (ida < idb) {
                unmatchedNumbers += p.anchorFamily[ida] == PairProfiles.NUMBER ? 1 : 0;
                x++;
            } else {
                unmatchedNumbers += p.anchorFamily[idb] == PairProfiles.NUMBER ? 1 : 0;
                y++;
            }
        }
        return unmatchedNumbers;
    }

    /** Whether any sentence in [from, to) of the side has the anchor (also used for "seen earlier on this side"). */
    private static boolean containsAny(SentenceProfile[] side, int from, int to, int id) {
        for (int x = from; x < to; x++) {
            if (Arrays.binarySearch(side[x].anchors(), id) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * -ln P(length difference) under Gale and Church's model: the right length is normally distributed around
     * ratio x left length with variance proportional to the length.
     */
    double lengthCost(long leftChars, long rightChars) {
        if (leftChars == 0 && rightChars == 0) {
            return 0;
        }
        // delta / sqrt(2), with delta = (r - ratio * l) / sqrt(variance * ratio * (l + r / ratio) / 2), simplified
        // (equal to the last bits of rounding).
        double expected = leftChars * p.ratio;
        double z = Math.abs(rightChars - expected) / Math.sqrt(w.lengthVariance() * (expected + rightChars));
        return -logErfc(z);
    }

    /**
     * ln(erfc(z)) for z >= 0, from the Chebyshev fit of Numerical Recipes (erfcc, relative error below 1.2e-7);
     * computed in log space so that long 1:0 beads do not underflow to an infinite cost.
     */
    static double logErfc(double z) {
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = -z * z
                - 1.26551223
                + t
                        * (1.00002368
                                + t
                                        * (0.37409196
                                                + t
                                                        * (0.09678418
                                                                + t
                                                                        * (-0.18628806
                                                                                + t
                                                                                        * (0.27886807
                                                                                                + t
                                                                                                        * (-1.13520398
                                                                                                                + t
                                                                                                                        * (1.48851587
                                                                                                                                + t
                                                                                                                                        * (-0.82215223
                                                                                                                                                + t
                                                                                                                                                        * 0.17087277))))))));
        return Math.log(t) + poly;
    }

    private static int kindMask(SentenceProfile[] side, int from, int to) {
        int mask = 0;
        for (int x = from; x < to; x++) {
            mask |= side[x].kindMask();
        }
        return mask;
    }
}
