package dev.interlinear.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dynamic programming over bead shapes, restricted to a band around the expected diagonal.
 *
 * <p>Why a band: the full DP is O(n*m) in time and memory (25 million cells for two 5 000-sentence
 * translations, each trying 8 bead shapes). Translations stay close to the diagonal, so only cells within
 * {@code W} sentences of it are computed: O((n + m) * W) time and memory, with W = max(configured minimum,
 * sqrt(n + m) / 2), i.e. 50 for two 5 000-sentence translations. The diagonal follows cumulative character length rather than sentence counts, so a
 * translation that merges many sentence pairs (more 2:1 beads) still stays near its centre line. A run of
 * more than about W consecutive untranslated sentences can leave the band; the structure anchor (aligning
 * section by section) keeps such runs inside their section.
 *
 * <p>The band of row i spans from the centre of row i-1 minus W to the centre of row i+1 plus W, so
 * neighbouring rows always overlap and a path from (0, 0) to (n, m) always exists, even for very different
 * sentence counts.
 */
final class BandedAligner {

    private static final BeadShape[] SHAPES = BeadShape.values();

    private final PairProfiles profiles;
    private final BeadCost beadCost;
    private final int minHalfWidth;

    BandedAligner(PairProfiles profiles, AlignmentWeights weights) {
        this.profiles = profiles;
        this.beadCost = new BeadCost(profiles, weights);
        this.minHalfWidth = weights.bandHalfWidth();
    }

    /** A bead as positions in the left and right sentence lists. */
    record PositionBead(int leftFrom, int leftTo, int rightFrom, int rightTo) {
    }

    /** Aligns left positions [a0, a1) with right positions [b0, b1). */
    List<PositionBead> align(int a0, int a1, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (n == 0 || m == 0) {
            return trivial(a0, a1, b0, b1);
        }
        int halfWidth = Math.max(minHalfWidth, (int) Math.sqrt(n + m) / 2);
        int[] centre = centres(a0, n, b0, m);
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        int[] offset = new int[n + 2];
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, centre[Math.max(i - 1, 0)] - halfWidth);
            hi[i] = Math.min(m, centre[Math.min(i + 1, n)] + halfWidth);
            offset[i + 1] = Math.addExact(offset[i], hi[i] - lo[i] + 1);
        }
        double[] cost = new double[offset[n + 1]];
        byte[] back = new byte[offset[n + 1]];
        for (int i = 0; i <= n; i++) {
            for (int j = lo[i]; j <= hi[i]; j++) {
                int cell = offset[i] + j - lo[i];
                if (i == 0 && j == 0) {
                    cost[cell] = 0;
                    back[cell] = -1;
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                byte bestShape = -1;
                for (BeadShape shape : SHAPES) {
                    int pi = i - shape.left;
                    int pj = j - shape.right;
                    if (pi < 0 || pj < lo[pi] || pj > hi[pi]) {
                        continue;
                    }
                    double prev = cost[offset[pi] + pj - lo[pi]];
                    if (prev == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    // Prune in order of expense: the prior alone, then prior and length, can rule a bead out
                    // even with the largest bonus its anchors could earn.
                    double bonusBound = beadCost.maxBonus(shape, a0 + pi, b0 + pj);
                    if (prev + shape.penalty - bonusBound >= best) {
                        continue;
                    }
                    double base = prev + beadCost.baseCost(shape, a0 + pi, b0 + pj);
                    if (base - bonusBound >= best) {
                        continue;
                    }
                    double c = base + beadCost.anchorCost(shape, a0 + pi, b0 + pj);
                    if (c < best) {
                        best = c;
                        bestShape = (byte) shape.ordinal();
                    }
                }
                cost[cell] = best;
                back[cell] = bestShape;
            }
        }
        List<PositionBead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            BeadShape shape = BeadShape.byOrdinal(back[offset[i] + j - lo[i]]);
            beads.add(new PositionBead(a0 + i - shape.left, a0 + i, b0 + j - shape.right, b0 + j));
            i -= shape.left;
            j -= shape.right;
        }
        Collections.reverse(beads);
        return beads;
    }

    /** centre[i] = the right position whose share of the right text best matches left position i's share. */
    private int[] centres(int a0, int n, int b0, int m) {
        long totalLeft = profiles.cumLeft[a0 + n] - profiles.cumLeft[a0];
        long totalRight = profiles.cumRight[b0 + m] - profiles.cumRight[b0];
        int[] centre = new int[n + 1];
        if (totalLeft == 0 || totalRight == 0) {
            for (int i = 0; i <= n; i++) {
                centre[i] = (int) Math.round((double) i * m / n);
            }
            return centre;
        }
        int j = 0;
        for (int i = 0; i <= n; i++) {
            double target = (double) (profiles.cumLeft[a0 + i] - profiles.cumLeft[a0]) / totalLeft * totalRight;
            while (j < m && Math.abs(rightAt(b0, j + 1) - target) <= Math.abs(rightAt(b0, j) - target)) {
                j++;
            }
            centre[i] = j;
        }
        centre[n] = m;
        return centre;
    }

    private long rightAt(int b0, int j) {
        return profiles.cumRight[b0 + j] - profiles.cumRight[b0];
    }

    private static List<PositionBead> trivial(int a0, int a1, int b0, int b1) {
        List<PositionBead> beads = new ArrayList<>();
        for (int i = a0; i < a1; i++) {
            beads.add(new PositionBead(i, i + 1, b0, b0));
        }
        for (int j = b0; j < b1; j++) {
            beads.add(new PositionBead(a1, a1, j, j + 1));
        }
        return beads;
    }
}
