package dev.interlinear.align;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentences of several translations that say the same thing.
 *
 * @param id        0-based position of the group in document order
 * @param sentences per language tag, the sentence indices in this group (languages without any are absent)
 */
public record AlignmentGroup(int id, Map<String, List<Integer>> sentences) {
    public AlignmentGroup {
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        sentences.forEach((lang, indices) -> copy.put(lang, List.copyOf(indices)));
        sentences = Collections.unmodifiableMap(copy);
    }

    /** The sentence indices of this language in the group; empty when the language has none here. */
    public List<Integer> sentencesIn(String lang) {
        return sentences.getOrDefault(lang, List.of());
    }
}
