package dev.interlinear.align;

import dev.interlinear.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aligns the sentences of two translations of one article into beads (1:1, 1:2, 2:1, 1:0, 0:1, 2:2, 1:3, 3:1).
 *
 * <p>Cost: Gale-Church on character lengths, with the length ratio of the language pair estimated from the two
 * texts, plus soft anchors (shared numbers, names, quotes, cognate-like words; a number on one side only costs a
 * little) and structure (headings and code pair with headings and code). Structured documents with the same
 * number of headings are aligned section by section. The dynamic program runs in a band around the diagonal:
 * see {@link BandedAligner}.
 *
 * <p>Beads hold {@link Sentence#index()} values. Stateless and thread-safe.
 */
public final class SentenceAligner {

    private final AlignmentWeights weights;

    public SentenceAligner() {
        this(AlignmentWeights.defaults());
    }

    public SentenceAligner(AlignmentWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** Beads in document order; every sentence of either side appears in exactly one bead. */
    public List<Bead> align(List<Sentence> left, List<Sentence> right) {
        PairProfiles profiles = PairProfiles.of(left, right);
        BandedAligner dp = new BandedAligner(profiles, weights);
        List<BandedAligner.PositionBead> beads = new ArrayList<>();
        Sections.pair(left, right, profiles).ifPresentOrElse(
                sections -> sections.forEach(s ->
                        beads.addAll(dp.align(s.leftFrom(), s.leftTo(), s.rightFrom(), s.rightTo()))),
                () -> beads.addAll(dp.align(0, left.size(), 0, right.size())));
        return toBeads(beads, left, right);
    }

    /** The whole-document alignment, ignoring structure; package-private so tests can show what sections add. */
    List<Bead> alignWholeDocument(List<Sentence> left, List<Sentence> right) {
        PairProfiles profiles = PairProfiles.of(left, right);
        return toBeads(new BandedAligner(profiles, weights).align(0, left.size(), 0, right.size()), left, right);
    }

    private static List<Bead> toBeads(List<BandedAligner.PositionBead> beads, List<Sentence> left,
                                      List<Sentence> right) {
        List<Bead> out = new ArrayList<>(beads.size());
        for (BandedAligner.PositionBead b : beads) {
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
