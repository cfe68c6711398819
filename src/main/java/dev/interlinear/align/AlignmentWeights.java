package dev.interlinear.align;

/**
 * The knobs of the alignment cost. Costs are in nats (negative log probabilities), so the anchor terms are
 * on the same scale as the Gale-Church length term: a 1:1 bead of well-matched lengths costs about 0.1-1,
 * a 1:0 bead about 5 and more.
 *
 * @param lengthVariance   Gale-Church variance per character of the length difference (6.8 in their paper)
 * @param numberShared     bonus per shared number (weighted by rarity, at most 3 counted)
 * @param numberUnmatched  small cost per number present on only one side (at most 4 counted): numbers are
 *                         sometimes rewritten ("700 Milliarden" / "7 trilhões"), so this must not forbid a bead
 * @param nameShared       bonus per shared name (capitalised word or acronym found on both sides)
 * @param cognateShared    bonus per shared cognate-like word (same first 4 letters after accent folding)
 * @param quoteShared      bonus when both sides contain quoted text
 * @param quoteUnmatched   cost when only one side contains quoted text
 * @param kindMismatch     cost when a heading or code sentence is paired with prose (or heading with code)
 * @param blockSpan        cost per side of a bead that merges sentences from different blocks
 * @param bandHalfWidth    minimum half-width, in sentences, of the band around the diagonal the DP explores
 */
public record AlignmentWeights(
        double lengthVariance,
        double numberShared,
        double numberUnmatched,
        double nameShared,
        double cognateShared,
        double quoteShared,
        double quoteUnmatched,
        double kindMismatch,
        double blockSpan,
        int bandHalfWidth) {

    public AlignmentWeights {
        if (lengthVariance <= 0) {
            throw new IllegalArgumentException("lengthVariance must be positive: " + lengthVariance);
        }
        if (bandHalfWidth < 3) {
            throw new IllegalArgumentException("bandHalfWidth must be at least 3: " + bandHalfWidth);
        }
    }

    public static AlignmentWeights defaults() {
        return new AlignmentWeights(6.8, 1.5, 0.4, 1.0, 0.5, 1.0, 0.5, 4.0, 1.0, 40);
    }

    /** Plain Gale-Church: sentence lengths only, no anchors, no structure preferences. */
    public static AlignmentWeights lengthOnly() {
        return new AlignmentWeights(6.8, 0, 0, 0, 0, 0, 0, 0, 0, 40);
    }
}
