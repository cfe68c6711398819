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
 *
 * <p>The DP first runs in a band of half-width {@link #FIRST_HALF_WIDTH} and only when the path it finds runs along
 * that band's edge, in the full band: for short documents the full band is the whole matrix. A heuristic: a
 * better path that leaves the first band away from where the found one runs would be missed. On the sample,
 * Debian and generated corpora the alignments are exactly those of the full band.
 *
 * <p>Within the full band, beads that cannot end a best alignment are skipped before their anchors are compared
 * (branch and bound): a pass over a band of half-width {@link #NARROW_HALF_WIDTH} gives the cost of one
 * complete alignment, a backward pass gives for every cell the least the rest could cost, and a bead whose
 * cheapest outcome plus that least cost exceeds the known alignment's is left out. The result is the one the
 * full band gives; the anchor comparisons, most of the work, drop by half on prose.
 */
final class BandedAligner {

    private static final BeadShape[] SHAPES = BeadShape.values();
    /** The shapes' fields as primitive arrays, for the inner loops. */
    private static final int[] SHAPE_LEFT =
            java.util.Arrays.stream(SHAPES).mapToInt(s -> s.left).toArray();

    private static final int[] SHAPE_RIGHT =
            java.util.Arrays.stream(SHAPES).mapToInt(s -> s.right).toArray();
    private static final double[] SHAPE_PENALTY =
            java.util.Arrays.stream(SHAPES).mapToDouble(s -> s.penalty).toArray();
    /** The most sentences a bead takes from one side. */
    private static final int MAX_SPAN = 3;

    private final PairProfiles profiles;
    private final BeadCost beadCost;
    private final int minHalfWidth;
    private final PassMemo memo;

    BandedAligner(PairProfiles profiles, AlignmentWeights weights) {
        this(profiles, weights, new PassMemo());
    }

    /** @param memo what an earlier pass over the same pair (with another length ratio) found that still holds */
    BandedAligner(PairProfiles profiles, AlignmentWeights weights, PassMemo memo) {
        this.profiles = profiles;
        this.beadCost = new BeadCost(profiles, weights);
        this.minHalfWidth = weights.bandHalfWidth();
        this.memo = memo;
    }

    /**
     * What does not depend on the length ratio, kept between the passes of {@link SentenceAligner} over one pair:
     * per section and band, the least cost to go of every cell and the anchor terms of the 1:1 beads computed so far.
     */
    static final class PassMemo {
        private final java.util.Map<java.util.List<Integer>, SectionMemo> sections = new java.util.HashMap<>();

        SectionMemo section(int a0, int a1, int b0, int b1, Band band) {
            return sections.computeIfAbsent(
                    java.util.List.of(a0, a1, b0, b1, band.halfWidth), k -> new SectionMemo(band.size()));
        }
    }

    /** See {@link PassMemo}; anchor terms are NaN until computed. */
    static final class SectionMemo {
        double[] toGo;
        final double[] oneToOneAnchors;

        SectionMemo(int cells) {
            oneToOneAnchors = new double[cells];
            java.util.Arrays.fill(oneToOneAnchors, Double.NaN);
        }
    }

    /** A bead as positions in the left and right sentence lists. */
    record PositionBead(int leftFrom, int leftTo, int rightFrom, int rightTo) {}

    /**
     * Aligns left positions [a0, a1) with right positions [b0, b1): first within a band of half-width
     * {@link #FIRST_HALF_WIDTH}, and again within the full band only when the path found runs along that band's
     * edge, where a better path outside it may lie (a long untranslated passage pushes the path off the centre).
     */
    List<PositionBead> align(int a0, int a1, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (n == 0 || m == 0) {
            return trivial(a0, a1, b0, b1);
        }
        int halfWidth = Math.max(minHalfWidth, (int) Math.sqrt(n + m) / 2);
        int[] centre = centres(a0, n, b0, m);
        if (FIRST_HALF_WIDTH < halfWidth) {
            Band first = new Band(centre, n, m, FIRST_HALF_WIDTH);
            Path path = alignWithin(first, centre, a0, a1, b0, b1, Double.POSITIVE_INFINITY);
            if (!first.nearEdge(path.beads(), a0, b0)) {
                return path.beads();
            }
            // A complete alignment within the full band: its cost bounds the full band's search.
            return alignWithin(new Band(centre, n, m, halfWidth), centre, a0, a1, b0, b1, path.cost())
                    .beads();
        }
        return alignWithin(new Band(centre, n, m, halfWidth), centre, a0, a1, b0, b1, Double.NaN)
                .beads();
    }

    /** A band's best path and its cost. */
    private record Path(List<PositionBead> beads, double cost) {}

    /**
     * Half-width of the first band: translations of prose stay within a few sentences of the centre line, so
     * most alignments need no more; the full band is several times wider for short documents (at least
     * {@link AlignmentWeights#bandHalfWidth()}), and filling it was most of an alignment's cost.
     */
    static final int FIRST_HALF_WIDTH = 10;
    /** A path fewer than this many sentences from the first band's edge may be cut short by it: the full band decides. */
    static final int EDGE_MARGIN = 3;

    /**
     * The best path within a band.
     *
     * @param known the cost of a complete alignment within the band, which bounds the search; NaN to find one
     *              by a narrow pass first; infinite for no bound (the first band: bounding it cost more than it
     *              saved, measured on generated articles)
     */
    private Path alignWithin(Band band, int[] centre, int a0, int a1, int b0, int b1, double known) {
        int n = band.n;
        int m = band.m;
        SectionMemo section = memo.section(a0, a1, b0, b1, band);
        SpanBonuses spans = new SpanBonuses(beadCost, a0, n, b0, m);
        // Bound the search: a cell whose cost so far plus the least the rest could cost exceeds a known complete
        // alignment's lies on no best path, so its beads need no anchor work.
        double upper = known;
        if (Double.isNaN(known)) {
            upper = NARROW_HALF_WIDTH < band.halfWidth
                    ? fill(
                                    new Band(centre, n, m, NARROW_HALF_WIDTH),
                                    band,
                                    section,
                                    spans,
                                    a0,
                                    b0,
                                    null,
                                    Double.POSITIVE_INFINITY)
                            .last()
                    : Double.POSITIVE_INFINITY;
        }
        double[] toGo = null;
        if (!Double.isInfinite(upper)) {
            if (section.toGo == null) {
                section.toGo = leastCostToGo(band, spans);
            }
            toGo = section.toGo;
        }
        Filled dp = fill(band, band, section, spans, a0, b0, toGo, upper);
        List<PositionBead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            BeadShape shape = BeadShape.byOrdinal(dp.back[band.cell(i, j)]);
            beads.add(new PositionBead(a0 + i - shape.left, a0 + i, b0 + j - shape.right, b0 + j));
            i -= shape.left;
            j -= shape.right;
        }
        Collections.reverse(beads);
        return new Path(beads, dp.last());
    }

    /**
     * Half-width of the band of the pass that only bounds the cost of the best alignment: wide enough for the
     * alignments of real translations, whose best path it then usually finds.
     */
    static final int NARROW_HALF_WIDTH = 2;
    /**
     * Added to the bound before pruning: costs are sums of doubles in different orders, and the length term's
     * approximation may dip a hair below zero (see {@link #leastCostToGo}).
     */
    private static final double SLACK = 1e-6;

    /** The cells of rows 0..n: row i spans right positions lo[i]..hi[i], stored from offset[i]. */
    private static final class Band {
        final int n;
        final int m;
        final int halfWidth;
        final int[] lo;
        final int[] hi;
        final int[] offset;

        Band(int[] centre, int n, int m, int halfWidth) {
            this.n = n;
            this.m = m;
            this.halfWidth = halfWidth;
            lo = new int[n + 1];
            hi = new int[n + 1];
            offset = new int[n + 2];
            for (int i = 0; i <= n; i++) {
                lo[i] = Math.max(0, centre[Math.max(i - 1, 0)] - halfWidth);
                hi[i] = Math.min(m, centre[Math.min(i + 1, n)] + halfWidth);
                offset[i + 1] = Math.addExact(offset[i], hi[i] - lo[i] + 1);
            }
        }

        int cell(int i, int j) {
            return offset[i] + j - lo[i];
        }

        int size() {
            return offset[n + 1];
        }

        /** Whether a bead of the path ends within {@link #EDGE_MARGIN} of an edge that is not the matrix's own. */
        boolean nearEdge(List<PositionBead> beads, int a0, int b0) {
            for (PositionBead b : beads) {
                int i = b.leftTo() - a0;
                int j = b.rightTo() - b0;
                if ((lo[i] > 0 && j - lo[i] < EDGE_MARGIN) || (hi[i] < m && hi[i] - j < EDGE_MARGIN)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Costs and back pointers of a band; {@link #last()} is the cost of the best complete alignment. */
    private record Filled(double[] cost, byte[] back) {
        double last() {
            return cost[cost.length - 1];
        }
    }

    /**
     * The dynamic program over a band. With {@code toGo} (a lower bound of the cost from each cell to the end), a
     * bead is skipped when even its cheapest outcome plus that bound exceeds {@code upper}, the cost of a known
     * complete alignment: such a bead ends no best path, so the best path and its costs come out as without it.
     */
    private Filled fill(
            Band band, Band full, SectionMemo section, SpanBonuses spans, int a0, int b0, double[] toGo, double upper) {
        double[] cost = new double[band.size()];
        byte[] back = new byte[band.size()];
        double limit = upper + SLACK;
        LiveColumns live = new LiveColumns(band.n);
        for (int i = 0; i <= band.n; i++) {
            // Most cells of a wide band are unreachable (every bead into them pruned or from unreachable cells):
            // only columns a bead from the reachable cells of the rows above can reach need the bead loop.
            int from = i == 0 ? band.lo[0] : Math.min(band.hi[i] + 1, Math.max(band.lo[i], live.from(i)));
            int to = i == 0 ? band.hi[0] : live.to(i);
            int rowStart = band.cell(i, band.lo[i]);
            java.util.Arrays.fill(cost, rowStart, rowStart + from - band.lo[i], Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(back, rowStart, rowStart + from - band.lo[i], (byte) -1);
            for (int j = from; j <= band.hi[i]; j++) {
                int cell = band.cell(i, j);
                if (j > to && (j == from || cost[cell - 1] == Double.POSITIVE_INFINITY)) {
                    // Past the columns reachable from above, only a 0:1 bead from the left neighbour remains.
                    int rowEnd = band.cell(i, band.hi[i]) + 1;
                    java.util.Arrays.fill(cost, cell, rowEnd, Double.POSITIVE_INFINITY);
                    java.util.Arrays.fill(back, cell, rowEnd, (byte) -1);
                    break;
                }
                if (i == 0 && j == 0) {
                    cost[cell] = 0;
                    back[cell] = -1;
                    live.reached(0, 0);
                    continue;
                }
                double rest = toGo == null ? 0 : toGo[cell];
                double best = Double.POSITIVE_INFINITY;
                byte bestShape = -1;
                for (int s = 0; s < SHAPES.length; s++) {
                    int pi = i - SHAPE_LEFT[s];
                    int pj = j - SHAPE_RIGHT[s];
                    if (pi < 0 || pj < band.lo[pi] || pj > band.hi[pi]) {
                        continue;
                    }
                    double prev = cost[band.cell(pi, pj)];
                    if (prev == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    // Prune in order of expense: the prior alone, then prior and length, can rule a bead out
                    // even with the largest bonus its anchors could earn.
                    double bonusBound = spans.bound(SHAPE_LEFT[s], pi, SHAPE_RIGHT[s], pj);
                    double least = prev + SHAPE_PENALTY[s] - bonusBound;
                    if (least >= best || least - LENGTH_TERM_ERROR + rest > limit) {
                        continue;
                    }
                    BeadShape shape = SHAPES[s];
                    double base = prev + beadCost.baseCost(shape, a0 + pi, b0 + pj);
                    if (base - bonusBound >= best || base - bonusBound + rest > limit) {
                        continue;
                    }
                    double c = base + anchorCost(shape, a0 + pi, b0 + pj, full, section, i, j);
                    if (c < best) {
                        best = c;
                        bestShape = (byte) s;
                    }
                }
                cost[cell] = best;
                back[cell] = bestShape;
                if (best != Double.POSITIVE_INFINITY) {
                    live.reached(i, j);
                }
            }
        }
        return new Filled(cost, back);
    }

    /**
     * The first and last reachable (finite cost) column of each row filled so far, and from them the columns of a
     * later row that a bead from above can reach: 1:x beads reach x = 0..3 columns further, 2:x beads 1..2, 3:1
     * beads 1.
     */
    private static final class LiveColumns {
        private final int[] first;
        private final int[] last;

        LiveColumns(int n) {
            first = new int[n + 1];
            last = new int[n + 1];
            java.util.Arrays.fill(first, Integer.MAX_VALUE);
            java.util.Arrays.fill(last, Integer.MIN_VALUE / 2);
        }

        void reached(int i, int j) {
            first[i] = Math.min(first[i], j);
            last[i] = Math.max(last[i], j);
        }

        /** The least column of row i a bead from an earlier row can reach (MAX_VALUE when none). */
        int from(int i) {
            int from = first[i - 1];
            if (i >= 2 && first[i - 2] != Integer.MAX_VALUE) {
                from = Math.min(from, first[i - 2] + 1);
            }
            if (i >= 3 && first[i - 3] != Integer.MAX_VALUE) {
                from = Math.min(from, first[i - 3] + 1);
            }
            return from;
        }

        /** The greatest column of row i a bead from an earlier row can reach. */
        int to(int i) {
            int to = last[i - 1] + 3;
            if (i >= 2) {
                to = Math.max(to, last[i - 2] + 2);
            }
            if (i >= 3) {
                to = Math.max(to, last[i - 3] + 1);
            }
            return to;
        }
    }

    /** The anchor term of a bead ending in cell (i, j); a 1:1 bead's is kept for the next pass. */
    private double anchorCost(BeadShape shape, int left, int right, Band full, SectionMemo section, int i, int j) {
        if (shape != BeadShape.ONE_ONE) {
            return beadCost.anchorCost(shape, left, right);
        }
        int cell = full.cell(i, j);
        double known = section.oneToOneAnchors[cell];
        if (Double.isNaN(known)) {
            known = beadCost.anchorCost(shape, left, right);
            section.oneToOneAnchors[cell] = known;
        }
        return known;
    }

    /**
     * For every cell, a lower bound of the cost of aligning the rest from there: beads cost at least their prior
     * minus the largest bonus their anchors could earn (the length term is never below zero, but for the tiny
     * error of its approximation, allowed for per bead).
     */
    private double[] leastCostToGo(Band band, SpanBonuses spans) {
        double[] toGo = new double[band.size()];
        for (int i = band.n; i >= 0; i--) {
            for (int j = band.hi[i]; j >= band.lo[i]; j--) {
                int cell = band.cell(i, j);
                if (i == band.n && j == band.hi[band.n]) {
                    toGo[cell] = 0;
                    continue;
                }
                double least = Double.POSITIVE_INFINITY;
                for (int s = 0; s < SHAPES.length; s++) {
                    int ni = i + SHAPE_LEFT[s];
                    int nj = j + SHAPE_RIGHT[s];
                    if (ni > band.n || nj < band.lo[ni] || nj > band.hi[ni]) {
                        continue;
                    }
                    double after = toGo[band.cell(ni, nj)];
                    if (after == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double bead =
                            SHAPE_PENALTY[s] - spans.bound(SHAPE_LEFT[s], i, SHAPE_RIGHT[s], j) - LENGTH_TERM_ERROR;
                    least = Math.min(least, bead + after);
                }
                toGo[cell] = least;
            }
        }
        return toGo;
    }

    /**
     * The upper bound of what anchors can take off each bead of a section (a shared anchor is on both sides, so
     * at most what either side's sentences could earn alone, and at most the cap), read from the largest bonus of each run of up to
     * {@link #MAX_SPAN} sentences per side, computed once per run instead of once per cell and shape.
     */
    private static final class SpanBonuses {
        /** left[l][i]: the largest bonus of the l section sentences from left position i; right likewise. */
        private final double[][] left;

        private final double[][] right;
        private final double cap;

        SpanBonuses(BeadCost beadCost, int a0, int n, int b0, int m) {
            left = new double[MAX_SPAN + 1][n + 1];
            right = new double[MAX_SPAN + 1][m + 1];
            for (int l = 0; l <= MAX_SPAN; l++) {
                for (int i = 0; i + l <= n; i++) {
                    left[l][i] = beadCost.leftBonus(a0 + i, l);
                }
                for (int j = 0; j + l <= m; j++) {
                    right[l][j] = beadCost.rightBonus(b0 + j, l);
                }
            }
            cap = beadCost.bonusCap();
        }

        /** The most anchors can take off the bead of l left sentences from i and r right sentences from j. */
        double bound(int l, int i, int r, int j) {
            return Math.min(cap, Math.min(left[l][i], right[r][j]));
        }
    }

    /** How far below zero the approximated length term can go (its relative error is below 1.2e-7). */
    private static final double LENGTH_TERM_ERROR = 1e-6;

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
