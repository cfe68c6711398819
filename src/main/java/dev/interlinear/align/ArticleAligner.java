package dev.interlinear.align;

import dev.interlinear.segment.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Aligns the n translations of one article by aligning each translation to one pivot translation, then joining
 * the pairwise beads into groups: pivot sentences that any translation merges into one bead end up in one group,
 * together with everything aligned to them.
 */
public final class ArticleAligner {

    private final SentenceAligner aligner;

    public ArticleAligner() {
        this(new SentenceAligner());
    }

    public ArticleAligner(SentenceAligner aligner) {
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /**
     * Aligns all translations to the pivot chosen by {@link #choosePivot}.
     *
     * @param byLang       sentences per language tag, each list in document order
     * @param originalLang the article's original language, if known ({@code article.yaml}'s {@code original})
     */
    public ArticleAlignment align(Map<String, List<Sentence>> byLang, Optional<String> originalLang) {
        return alignToPivot(byLang, choosePivot(byLang, originalLang));
    }

    /**
     * The pivot: the original language if it is among the translations (the closest to every other one), else
     * the translation with the most sentences (it splits finest, so groups stay small), ties broken by the
     * first language tag in alphabetical order.
     *
     * @throws IllegalArgumentException when there are no translations
     */
    public String choosePivot(Map<String, List<Sentence>> byLang, Optional<String> originalLang) {
        if (byLang.isEmpty()) {
            throw new IllegalArgumentException("an article needs at least one translation to align");
        }
        if (originalLang.isPresent() && byLang.containsKey(originalLang.get())) {
            return originalLang.get();
        }
        return byLang.entrySet().stream()
                .min(Comparator.<Map.Entry<String, List<Sentence>>>comparingInt(
                                e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow()
                .getKey();
    }

    /**
     * Aligns every translation to the given pivot.
     *
     * @throws IllegalArgumentException when the pivot is not one of the translations
     */
    public ArticleAlignment alignToPivot(Map<String, List<Sentence>> byLang, String pivot) {
        List<Sentence> pivotSentences = byLang.get(pivot);
        if (pivotSentences == null) {
            throw new IllegalArgumentException("pivot " + pivot + " is not among the translations " + byLang.keySet());
        }
        List<String> languages = new ArrayList<>(byLang.keySet());
        Map<Integer, Integer> pivotPosition = positions(pivotSentences);
        int np = pivotSentences.size();

        // Pivot positions p and p+1 are in one group when some translation puts them in one bead.
        boolean[] joinedToNext = new boolean[Math.max(np, 1)];
        Map<String, List<Bead>> beadsByLang = new LinkedHashMap<>();
        SideAnchors pivotAnchors = SideAnchors.of(pivotSentences);
        for (String lang : languages) {
            if (lang.equals(pivot)) {
                continue;
            }
            List<Bead> beads = aligner.align(pivotSentences, pivotAnchors, byLang.get(lang));
            beadsByLang.put(lang, beads);
            for (Bead b : beads) {
                for (int k = 1; k < b.left().size(); k++) {
                    joinedToNext[pivotPosition.get(b.left().get(k - 1))] = true;
                }
            }
        }
        // Pivot groups: maximal runs of joined pivot positions, numbered in order.
        int[] pivotGroup = new int[np];
        int pivotGroups = 0;
        for (int p = 0; p < np; p++) {
            pivotGroup[p] = pivotGroups;
            if (!joinedToNext[p]) {
                pivotGroups++;
            }
        }
        List<GroupBuilder> builders = new ArrayList<>();
        for (int g = 0; g < pivotGroups; g++) {
            builders.add(new GroupBuilder(g, 0, 0, 0));
        }
        for (int p = 0; p < np; p++) {
            builders.get(pivotGroup[p]).add(pivot, pivotSentences.get(p).index());
        }
        for (Map.Entry<String, List<Bead>> e : beadsByLang.entrySet()) {
            String lang = e.getKey();
            int langOrder = languages.indexOf(lang);
            int pivotSeen = 0;
            for (Bead b : e.getValue()) {
                if (!b.left().isEmpty()) {
                    GroupBuilder g =
                            builders.get(pivotGroup[pivotPosition.get(b.left().get(0))]);
                    b.right().forEach(i -> g.add(lang, i));
                    pivotSeen += b.left().size();
                } else {
                    // No pivot counterpart: its own group, right after the group of the pivot sentence before it.
                    int after = pivotSeen == 0 ? -1 : pivotGroup[pivotSeen - 1];
                    for (int i : b.right()) {
                        GroupBuilder g = new GroupBuilder(after, 1, langOrder, i);
                        g.add(lang, i);
                        builders.add(g);
                    }
                }
            }
        }
        builders.sort(GroupBuilder.DOCUMENT_ORDER);
        List<AlignmentGroup> groups = new ArrayList<>(builders.size());
        for (GroupBuilder b : builders) {
            groups.add(b.build(groups.size(), languages));
        }
        return new ArticleAlignment(pivot, languages, groups);
    }

    private static Map<Integer, Integer> positions(List<Sentence> sentences) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int pos = 0; pos < sentences.size(); pos++) {
            out.put(sentences.get(pos).index(), pos);
        }
        return out;
    }

    /**
     * A group under construction, with its sort key: the pivot group it belongs to or follows, then pivot groups
     * before unaligned sentences, then language order, then sentence index.
     */
    private static final class GroupBuilder {
        static final Comparator<GroupBuilder> DOCUMENT_ORDER = Comparator.comparingInt((GroupBuilder g) -> g.pivotGroup)
                .thenComparingInt(g -> g.tier)
                .thenComparingInt(g -> g.langOrder)
                .thenComparingInt(g -> g.sentence);

        final int pivotGroup;
        final int tier;
        final int langOrder;
        final int sentence;
        final Map<String, List<Integer>> sentences = new HashMap<>();

        GroupBuilder(int pivotGroup, int tier, int langOrder, int sentence) {
            this.pivotGroup = pivotGroup;
            this.tier = tier;
            this.langOrder = langOrder;
            this.sentence = sentence;
        }

        void add(String lang, int sentenceIndex) {
            sentences.computeIfAbsent(lang, l -> new ArrayList<>()).add(sentenceIndex);
        }

        AlignmentGroup build(int id, List<String> languageOrder) {
            Map<String, List<Integer>> ordered = new LinkedHashMap<>();
            for (String lang : languageOrder) {
                List<Integer> indices = sentences.get(lang);
                if (indices != null) {
                    ordered.put(lang, indices);
                }
            }
            return new AlignmentGroup(id, ordered);
        }
    }
}
