package dev.interlinear.align;

import dev.interlinear.corpus.BlockKind;
import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The structure anchor: when two translations have the same number of heading blocks, the text between
 * consecutive headings is the same section in both, whatever its length. Aligning section by section keeps
 * an untranslated passage or a long paraphrase from pulling sentences across section borders.
 */
final class Sections {

    /**
     * A section pair: left positions [leftFrom, leftTo) correspond to right positions [rightFrom, rightTo).
     */
    record SectionPair(int leftFrom, int leftTo, int rightFrom, int rightTo) {}

    /** Sections whose length ratio strays further than this from the document's are taken as mismatched. */
    private static final double MAX_RATIO_DEVIATION = 4.0;
    /** Sections shorter than this (characters, both sides) are too short for their ratio to mean anything. */
    private static final int MIN_CHARS_FOR_RATIO = 400;

    private Sections() {}

    /**
     * Section pairs of two translations, or empty when the structure cannot anchor the alignment: no headings,
     * a different number of heading blocks, or a section pair whose lengths are so unlike the rest of the
     * document that the headings evidently do not correspond.
     */
    static Optional<List<SectionPair>> pair(List<Sentence> left, List<Sentence> right, PairProfiles profiles) {
        List<Integer> leftStarts = sectionStarts(left);
        List<Integer> rightStarts = sectionStarts(right);
        if (leftStarts.isEmpty() || leftStarts.size() != rightStarts.size()) {
            return Optional.empty();
        }
        List<SectionPair> pairs = new ArrayList<>();
        // The preamble before the first heading (possibly empty on either side) is a section too.
        int prevLeft = 0;
        int prevRight = 0;
        for (int k = 0; k <= leftStarts.size(); k++) {
            int leftEnd = k < leftStarts.size() ? leftStarts.get(k) : left.size();
            int rightEnd = k < rightStarts.size() ? rightStarts.get(k) : right.size();
            if (leftEnd > prevLeft || rightEnd > prevRight) {
                SectionPair pair = new SectionPair(prevLeft, leftEnd, prevRight, rightEnd);
                if (!plausible(pair, profiles)) {
                    return Optional.empty();
                }
                pairs.add(pair);
            }
            prevLeft = leftEnd;
            prevRight = rightEnd;
        }
        return Optional.of(pairs);
    }

    /** Positions of the first sentence of each heading block. */
    private static List<Integer> sectionStarts(List<Sentence> sentences) {
        List<Integer> starts = new ArrayList<>();
        int lastHeadingBlock = Integer.MIN_VALUE;
        for (int pos = 0; pos < sentences.size(); pos++) {
            Sentence s = sentences.get(pos);
            if (s.kind() == BlockKind.HEADING && s.block() != lastHeadingBlock) {
                starts.add(pos);
                lastHeadingBlock = s.block();
            }
        }
        return starts;
    }

    private static boolean plausible(SectionPair pair, PairProfiles profiles) {
        long leftChars = profiles.cumLeft[pair.leftTo()] - profiles.cumLeft[pair.leftFrom()];
        long rightChars = profiles.cumRight[pair.rightTo()] - profiles.cumRight[pair.rightFrom()];
        if (leftChars + rightChars < MIN_CHARS_FOR_RATIO) {
            return true;
        }
        if (leftChars == 0 || rightChars == 0) {
            return false;
        }
        double deviation = (double) rightChars / leftChars / profiles.ratio;
        return deviation <= MAX_RATIO_DEVIATION && deviation >= 1 / MAX_RATIO_DEVIATION;
    }
}
