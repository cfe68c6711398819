package dev.interlinear.align;

import dev.interlinear.corpus.BlockKind;
import dev.interlinear.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
    /** Weight of each anchor id, by family; rarer anchors weigh more (1 for an anchor seen in one sentence). */
    final double[] numberWeight;
    final double[] nameWeight;
    final double[] cognateWeight;
    /** Characters of the right translation per character of the left one. */
    final double ratio;
    /** cumLeft[i] = total length of left sentences 0..i-1; likewise cumRight. */
    final long[] cumLeft;
    final long[] cumRight;

    private PairProfiles(SentenceProfile[] left, SentenceProfile[] right, double[] numberWeight,
                         double[] nameWeight, double[] cognateWeight) {
        this.left = left;
        this.right = right;
        this.numberWeight = numberWeight;
        this.nameWeight = nameWeight;
        this.cognateWeight = cognateWeight;
        this.cumLeft = prefixSums(left);
        this.cumRight = prefixSums(right);
        long totalLeft = cumLeft[left.length];
        long totalRight = cumRight[right.length];
        this.ratio = totalLeft > 0 && totalRight > 0 ? (double) totalRight / totalLeft : 1.0;
    }

    static PairProfiles of(List<Sentence> left, List<Sentence> right) {
        RawSide l = RawSide.of(left);
        RawSide r = RawSide.of(right);
        Vocabulary numbers = new Vocabulary(l.numberDf, r.numberDf, false);
        Vocabulary names = new Vocabulary(l.nameDf, r.nameDf, true);
        Vocabulary cognates = new Vocabulary(l.cognateDf, r.cognateDf, true);
        return new PairProfiles(
                l.profiles(left, numbers, names, cognates),
                r.profiles(right, numbers, names, cognates),
                numbers.weights(), names.weights(), cognates.weights());
    }

    private static long[] prefixSums(SentenceProfile[] profiles) {
        long[] sums = new long[profiles.length + 1];
        for (int i = 0; i < profiles.length; i++) {
            sums[i + 1] = sums[i] + profiles[i].length();
        }
        return sums;
    }

    /** The anchors of one translation as strings, with their document frequencies. */
    private record RawSide(List<Set<String>> numbers, List<Set<String>> names, List<Set<String>> cognates,
                           Map<String, Integer> numberDf, Map<String, Integer> nameDf,
                           Map<String, Integer> cognateDf) {

        static RawSide of(List<Sentence> sentences) {
            RawSide side = new RawSide(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (Sentence s : sentences) {
                Set<String> nums = new LinkedHashSet<>(AnchorText.numbers(s.text()));
                Set<String> nameSet = new LinkedHashSet<>();
                Set<String> cognateSet = new LinkedHashSet<>();
                for (AnchorText.Word w : AnchorText.words(s.text())) {
                    if (AnchorText.isName(w)) {
                        nameSet.add(AnchorText.fold(w.text()));
                    } else {
                        String key = AnchorText.cognateKey(w.text());
                        if (key != null) {
                            cognateSet.add(key);
                        }
                    }
                }
                side.numbers.add(nums);
                side.names.add(nameSet);
                side.cognates.add(cognateSet);
                nums.forEach(n -> side.numberDf.merge(n, 1, Integer::sum));
                nameSet.forEach(n -> side.nameDf.merge(n, 1, Integer::sum));
                cognateSet.forEach(c -> side.cognateDf.merge(c, 1, Integer::sum));
            }
            return side;
        }

        SentenceProfile[] profiles(List<Sentence> sentences, Vocabulary numberVocab, Vocabulary nameVocab,
                                   Vocabulary cognateVocab) {
            SentenceProfile[] out = new SentenceProfile[sentences.size()];
            for (int i = 0; i < out.length; i++) {
                Sentence s = sentences.get(i);
                out[i] = new SentenceProfile(
                        s.text().strip().length(),
                        s.block(),
                        kindMask(s.kind()),
                        AnchorText.hasQuote(s.text()),
                        numberVocab.ids(numbers.get(i)),
                        nameVocab.ids(names.get(i)),
                        cognateVocab.ids(cognates.get(i)));
            }
            return out;
        }
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

    /** Ids and weights for one anchor family. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<Double> weights = new ArrayList<>();

        /**
         * @param bothSidesOnly keep only anchors found in both translations (names and cognates: a German noun is
         *                      capitalised but has no counterpart to meet); numbers are all kept so a number on
         *                      one side only can cost something
         */
        Vocabulary(Map<String, Integer> leftDf, Map<String, Integer> rightDf, boolean bothSidesOnly) {
            Set<String> keys = new LinkedHashSet<>(leftDf.keySet());
            keys.addAll(rightDf.keySet());
            for (String key : keys) {
                int dl = leftDf.getOrDefault(key, 0);
                int dr = rightDf.getOrDefault(key, 0);
                if (bothSidesOnly && (dl == 0 || dr == 0)) {
                    continue;
                }
                ids.put(key, weights.size());
                // An anchor found in many sentences ("OpenAI" in an article about OpenAI) says little about
                // which sentence pairs with which; 1 / (1 + ln df) keeps it from dominating.
                weights.add(1.0 / (1.0 + Math.log(Math.max(Math.max(dl, dr), 1))));
            }
        }

        int[] ids(Set<String> keys) {
            return keys.stream().map(ids::get).filter(id -> id != null)
                    .mapToInt(Integer::intValue).sorted().distinct().toArray();
        }

        double[] weights() {
            return weights.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
