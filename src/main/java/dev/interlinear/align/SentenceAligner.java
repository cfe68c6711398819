package dev.interlinear.align;

import dev.interlinear.align.BandedAligner.PositionBead;
import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Aligns the sentences of two translations of one article into beads (1:1, 1:2, 2:1, 1:0, 0:1, 2:2, 1:3, 3:1).
 *
 * <p>Cost: Gale-Church on character lengths, with the length ratio of the language pair estimated from the two
 * texts, plus soft anchors (shared numbers, names, quotes, cognate-like words; a number on one side only costs a
 * little) and structure (headings and code pair with headings and code). Structured documents with the same
 * number of headings are aligned section by section. The dynamic program runs in a band around the diagonal:
 * see {@link BandedAligner}. When the 1:1 beads of a first pass show a length ratio clearly different from the
 * ratio of the totals, a second pass uses theirs.
 *
 * <p>Beads hold {@link Sentence#index()} values. Stateless and thread-safe.
 */
public final class SentenceAligner {

    /** A re-estimated ratio within 5 % of the first changes nothing worth a second pass. */
    private static final double RATIO_TOLERANCE = 0.05;

    private static final int MIN_CHARS_FOR_RATIO = 10;
    private static final int MIN_BEADS_FOR_RATIO = 3;

    private final AlignmentWeights weights;

    public SentenceAligner() {
        this(AlignmentWeights.defaults());
    }

    public SentenceAligner(AlignmentWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** Beads in document order; every sentence of either side appears in exactly one bead. */
    public List<Bead> align(List<Sentence> left, List<Sentence> right) {
        return align(left, SideAnchors.of(left), right);
    }

    /** {@link #align(List, List)} with the left side's anchors found before (a pivot's, used for every pair). */
    List<Bead> align(List<Sentence> left, SideAnchors leftAnchors, List<Sentence> right) {
        PairProfiles profiles = PairProfiles.of(left, leftAnchors, right, SideAnchors.of(right));
        return toBeads(twoPasses(profiles, left, right, true), left, right);
    }

    /** The whole-document alignment, ignoring structure; package-private so tests can show what sections add. */
    List<Bead> alignWholeDocument(List<Sentence> left, List<Sentence> right) {
        return toBeads(twoPasses(PairProfiles.of(left, right), left, right, false), left, right);
    }

    /**
     * Aligns with the length ratio of the totals, then, when the 1:1 beads found show a clearly different ratio
     * (an untranslated passage inflates one side's total), aligns again with that ratio.
     */
    private List<PositionBead> twoPasses(
            PairProfiles profiles, List<Sentence> left, List<Sentence> right, boolean useStructure) {
        BandedAligner.PassMemo memo = new BandedAligner.PassMemo();
        List<PositionBead> beads = onePass(profiles, memo, left, right, useStructure);
        double refined = medianOneToOneRatio(beads, profiles);
        if (Double.isNaN(refined) || Math.abs(refined / profiles.ratio - 1) < RATIO_TOLERANCE) {
            return beads;
        }
        return onePass(profiles.withRatio(refined), memo, left, right, useStructure);
    }

    private List<PositionBead> onePass(
            PairProfiles profiles,
            BandedAligner.PassMemo memo,
            List<Sentence> left,
            List<Sentence> right,
            boolean useStructure) {
        BandedAligner dp = new BandedAligner(profiles, weights, memo);
        Optional<List<Sections.SectionPair>> sections =
                useStructure ? Sections.pair(left, right, profiles) : Optional.empty();
        if (sections.isEmpty()) {
            return dp.align(0, left.size(), 0, right.size());
        }
        List<PositionBead> beads = new ArrayList<>();
        for (Sections.SectionPair s : sections.get()) {
            beads.addAll(dp.align(s.leftFrom(), s.leftTo(), s.rightFrom(), s.rightTo()));
        }
        return beads;
    }

    /**
     * The median right/left length ratio of the 1:1 beads between sentences of some length; the median ignores
     * the few wrong beads a skewed first ratio produces. NaN when there are too few such beads to say.
     */
    private static double medianOneToOneRatio(List<PositionBead> beads, PairProfiles profiles) {
        List<Double> ratios = new ArrayList<>();
        for (PositionBead b : beads) {
            if (b.leftTo() - b.leftFrom() == 1 && b.rightTo() - b.rightFrom() == 1) {
                int l = profiles.left[b.leftFrom()].length();
                int r = profiles.right[b.rightFrom()].length();
                if (l >= MIN_CHARS_FOR_RATIO && r >= MIN_CHARS_FOR_RATIO) {
                    ratios.add((double) r / l);
                }
            }
        }
        if (ratios.size() < MIN_BEADS_FOR_RATIO) {
            return Double.NaN;
        }
        Collections.sort(ratios);
        int mid = ratios.size() / 2;
        return ratios.size() % 2 == 1 ? ratios.get(mid) : (ratios.get(mid - 1) + ratios.get(mid)) / 2;
    }

    private static List<Bead> toBeads(List<PositionBead> beads, List<Sentence> left, List<Sentence> right) {
        List<Bead> out = new ArrayList<>(beads.size());
        for (PositionBead b : beads) {
            out.add(new Bead(indices(left, b.leftFrom(), b.leftTo()), indices(right, b.rightFrom(), b.rightTo())));
        }
        return out;
    }

    private static List<Integer> indices(List<Sentence> sentences, int from, int to) {
        List<Integer> out = new ArrayList<>(to - from);
        for (int pos = from; pos < to; pos++) {
            out.add(sentences.get(pos).index());
        }
        return out;
    }
}
