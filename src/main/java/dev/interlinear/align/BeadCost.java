package dev.interlinear.align;

import java.util.Arrays;

/**
 * The cost of one bead: Gale-Church length cost plus the bead shape's prior, adjusted by anchors (shared numbers,
 * names, cognates, quotes) and structure (headings and code pair with their own kind). Lower is better.
 */
final class BeadCost {

    private final PairProfiles p;
    private final AlignmentWeights w;

    BeadCost(PairProfiles profiles, AlignmentWeights weights) {
        this.p = profiles;
        this.w = weights;
    }

    /** Cost of the bead of this shape that takes left sentences from {@code i} and right sentences from {@code j}. */
    double cost(BeadShape shape, int i, int j) {
        int li = i + shape.left;
        int rj = j + shape.right;
        long leftChars = p.cumLeft[li] - p.cumLeft[i];
        long rightChars = p.cumRight[rj] - p.cumRight[j];
        double cost = shape.penalty + lengthCost(leftChars, rightChars);
        cost -= w.numberShared() * Math.min(3.0, shared(p.left, i, li, p.right, j, rj, Family.NUMBERS));
        cost += w.numberUnmatched() * Math.min(4, unmatchedNumbers(i, li, j, rj));
        if (shape.left == 0 || shape.right == 0) {
            return cost;
        }
        cost -= w.nameShared() * Math.min(3.0, shared(p.left, i, li, p.right, j, rj, Family.NAMES));
        cost -= w.cognateShared() * Math.min(4.0, shared(p.left, i, li, p.right, j, rj, Family.COGNATES));
        boolean leftQuote = anyQuote(p.left, i, li);
        boolean rightQuote = anyQuote(p.right, j, rj);
        if (leftQuote && rightQuote) {
            cost -= w.quoteShared();
        } else if (leftQuote != rightQuote) {
            cost += w.quoteUnmatched();
        }
        if (kindMask(p.left, i, li) != kindMask(p.right, j, rj)) {
            cost += w.kindMismatch();
        }
        cost += w.blockSpan() * (blockSpans(p.left, i, li) + blockSpans(p.right, j, rj));
        return cost;
    }

    /**
     * -ln P(length difference) under Gale and Church's model: the right length is normally distributed around
     * ratio x left length with variance proportional to the length.
     */
    double lengthCost(long leftChars, long rightChars) {
        if (leftChars == 0 && rightChars == 0) {
            return 0;
        }
        double mean = (leftChars + rightChars / p.ratio) / 2.0;
        double delta = (rightChars - leftChars * p.ratio) / Math.sqrt(w.lengthVariance() * p.ratio * mean);
        return -logErfc(Math.abs(delta) / Math.sqrt(2));
    }

    /**
     * ln(erfc(z)) for z >= 0, from the Chebyshev fit of Numerical Recipes (erfcc, relative error below 1.2e-7);
     * computed in log space so that long 1:0 beads do not underflow to an infinite cost.
     */
    static double logErfc(double z) {
        double t = 1.0 / (1.0 + 0.5 * z);
        double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) + poly;
    }

    private enum Family { NUMBERS, NAMES, COGNATES }

    private int[] anchors(SentenceProfile s, Family family) {
        return switch (family) {
            case NUMBERS -> s.numbers();
            case NAMES -> s.names();
            case COGNATES -> s.cognates();
        };
    }

    private double weight(int id, Family family) {
        return switch (family) {
            case NUMBERS -> p.numberWeight[id];
            case NAMES -> p.nameWeight[id];
            case COGNATES -> p.cognateWeight[id];
        };
    }

    /** Summed weight of the distinct anchors found on both sides of the bead. */
    private double shared(SentenceProfile[] a, int a0, int a1, SentenceProfile[] b, int b0, int b1, Family family) {
        double sum = 0;
        for (int k = a0; k < a1; k++) {
            for (int id : anchors(a[k], family)) {
                if (!containsAny(a, a0, k, id, family) && containsAny(b, b0, b1, id, family)) {
                    sum += weight(id, family);
                }
            }
        }
        return sum;
    }

    private int unmatchedNumbers(int i, int li, int j, int rj) {
        return unmatched(p.left, i, li, p.right, j, rj) + unmatched(p.right, j, rj, p.left, i, li);
    }

    private int unmatched(SentenceProfile[] a, int a0, int a1, SentenceProfile[] b, int b0, int b1) {
        int count = 0;
        for (int k = a0; k < a1; k++) {
            for (int id : a[k].numbers()) {
                if (!containsAny(a, a0, k, id, Family.NUMBERS) && !containsAny(b, b0, b1, id, Family.NUMBERS)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether any sentence in [from, to) of the side has the anchor (also used for "seen earlier on this side"). */
    private boolean containsAny(SentenceProfile[] side, int from, int to, int id, Family family) {
        for (int x = from; x < to; x++) {
            if (Arrays.binarySearch(anchors(side[x], family), id) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyQuote(SentenceProfile[] side, int from, int to) {
        for (int x = from; x < to; x++) {
            if (side[x].quote()) {
                return true;
            }
        }
        return false;
    }

    private static int kindMask(SentenceProfile[] side, int from, int to) {
        int mask = 0;
        for (int x = from; x < to; x++) {
            mask |= side[x].kindMask();
        }
        return mask;
    }

    /** How many block boundaries the sentences of one side of a bead cross. */
    private static int blockSpans(SentenceProfile[] side, int from, int to) {
        int spans = 0;
        for (int x = from + 1; x < to; x++) {
            if (side[x].block() != side[x - 1].block()) {
                spans++;
            }
        }
        return spans;
    }
}
