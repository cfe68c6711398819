package dev.interlinear.align;

import dev.interlinear.corpus.BlockKind;
import dev.interlinear.segment.Sentence;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profiles of the sentences of two translations, with anchor vocabularies and weights computed over both
 * whole documents (so that sections aligned separately still share one length ratio and one notion of rarity).
 */
final class PairProfiles {

    final SentenceProfile[] left;
    final SentenceProfile[] right;
    /** Weight of each anchor id; rarer anchors weigh more (1 for an anchor seen in one sentence). */
    final double[] anchorWeight;
    /** Family of each anchor id: {@link #NUMBER}, {@link #NAME} or {@link #COGNATE}. */
    final byte[] anchorFamily;
    /**
     * Characters of the right translation per character of the left one: first the ratio of the totals, which an
     * untranslated passage skews; {@link SentenceAligner} then re-estimates it from the 1:1 beads.
     */
    final double ratio;
    /** cumLeft[i] = total length of left sentences 0..i-1; likewise cumRight. */
    final long[] cumLeft;

    final long[] cumRight;

    static final byte NUMBER = 0;
    static final byte NAME = 1;
    static final byte COGNATE = 2;

    private PairProfiles(SentenceProfile[] left, SentenceProfile[] right, Vocabulary vocabulary) {
        this.left = left;
        this.right = right;
        this.anchorWeight = vocabulary.weights();
        this.anchorFamily = vocabulary.families();
        this.cumLeft = prefixSums(left);
        this.cumRight = prefixSums(right);
        long totalLeft = cumLeft[left.length];
        long totalRight = cumRight[right.length];
        this.ratio = totalLeft > 0 && totalRight > 0 ? (double) totalRight / totalLeft : 1.0;
    }

    private PairProfiles(PairProfiles other, double ratio) {
        this.left = other.left;
        this.right = other.right;
        this.anchorWeight = other.anchorWeight;
        this.anchorFamily = other.anchorFamily;
        this.cumLeft = other.cumLeft;
        this.cumRight = other.cumRight;
        this.ratio = ratio;
    }

    /** The same profiles with another length ratio (re-estimated after a first alignment). */
    PairProfiles withRatio(double newRatio) {
        return new PairProfiles(this, newRatio);
    }

    static PairProfiles of(List<Sentence> left, List<Sentence> right) {
        return of(left, SideAnchors.of(left), right, SideAnchors.of(right));
    }

    /** With the anchors of either side found before: the pivot's serve every translation aligned to it. */
    static PairProfiles of(List<Sentence> left, SideAnchors l, List<Sentence> right, SideAnchors r) {
        Vocabulary vocabulary = new Vocabulary();
        // Names and cognates count only when found in both translations (a German noun is capitalised but has
        // no counterpart to meet); numbers are all kept so that a number on one side only can cost something.
        // Numbers are added first, so their ids are the lowest: BeadCost relies on it.
        vocabulary.add(NUMBER, l.numberDf(), r.numberDf(), false);
        vocabulary.add(NAME, l.nameDf(), r.nameDf(), true);
        vocabulary.add(COGNATE, l.cognateDf(), r.cognateDf(), true);
        return new PairProfiles(profiles(l, left, vocabulary), profiles(r, right, vocabulary), vocabulary);
    }

    private static SentenceProfile[] profiles(SideAnchors side, List<Sentence> sentences, Vocabulary vocabulary) {
        SentenceProfile[] out = new SentenceProfile[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            Sentence s = sentences.get(i);
            int[] numberIds = vocabulary.ids(NUMBER, side.numbers().get(i));
            int[] nameIds = vocabulary.ids(NAME, side.names().get(i));
            int[] cognateIds = vocabulary.ids(COGNATE, side.cognates().get(i));
            int[] anchors = new int[numberIds.length + nameIds.length + cognateIds.length];
            System.arraycopy(numberIds, 0, anchors, 0, numberIds.length);
            System.arraycopy(nameIds, 0, anchors, numberIds.length, nameIds.length);
            System.arraycopy(cognateIds, 0, anchors, numberIds.length + nameIds.length, cognateIds.length);
            Arrays.sort(anchors); // ids of different families never coincide
            out[i] = new SentenceProfile(
                    s.text().strip().length(),
                    s.block(),
                    kindMask(s.kind()),
                    side.quotes().get(i),
                    anchors,
                    numberIds.length);
        }
        return out;
    }

    private static long[] prefixSums(SentenceProfile[] profiles) {
        long[] sums = new long[profiles.length + 1];
        for (int i = 0; i < profiles.length; i++) {
            sums[i + 1] = sums[i] + profiles[i].length();
        }
        return sums;
    }

    private static int kindMask(BlockKind kind) {
        if (kind == BlockKind.HEADING) {
            return SentenceProfile.HEADING;
        }
        if (kind == BlockKind.CODE) {
            return SentenceProfile.CODE;
        }
        return SentenceProfile.PROSE;
    }

    /** Ids, families and weights of the anchors of both translations. */
    private static final class Vocabulary {
        private final List<Map<String, Integer>> idsByFamily =
                List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        private double[] weights = new double[64];
        private byte[] families = new byte[64];
        private int size;

        /** Ids in the order of the left keys, then of the right keys the left lacks. */
        void add(byte family, Map<String, Integer> leftDf, Map<String, Integer> rightDf, boolean bothSidesOnly) {
            for (Map.Entry<String, Integer> e : leftDf.entrySet()) {
                Integer dr = rightDf.get(e.getKey());
                if (!bothSidesOnly || dr != null) {
                    add(family, e.getKey(), e.getValue(), dr == null ? 0 : dr);
                }
            }
            if (bothSidesOnly) {
                return; // a key on the right only is not kept
            }
            for (Map.Entry<String, Integer> e : rightDf.entrySet()) {
                if (!leftDf.containsKey(e.getKey())) {
                    add(family, e.getKey(), 0, e.getValue());
                }
            }
        }

        private void add(byte family, String key, int dl, int dr) {
            if (size == weights.length) {
                weights = Arrays.copyOf(weights, size * 2);
                families = Arrays.copyOf(families, size * 2);
            }
            idsByFamily.get(family).put(key, size);
            families[size] = family;
            // An anchor found in many sentences ("OpenAI" in an article about OpenAI) says little about
            // which sentence pairs with which; 1 / (1 + ln df) keeps it from dominating.
            weights[size] = 1.0 / (1.0 + Math.log(Math.max(Math.max(dl, dr), 1)));
            size++;
        }

        double[] weights() {
            return Arrays.copyOf(weights, size);
        }

        byte[] families() {
            return Arrays.copyOf(families, size);
        }

        int[] ids(byte family, Set<String> keys) {
            Map<String, Integer> ids = idsByFamily.get(family);
            int[] out = new int[keys.size()];
            int n = 0;
            for (String key : keys) {
                Integer id = ids.get(key);
                if (id != null) {
                    out[n++] = id;
                }
            }
            return n == out.length
                    ? out
                    : Arrays.copyOf(out, n); // distinct already (a set of keys); sorted by the caller
        }
    }
}
