package dev.interlinear.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct keys of one sentence's words. Every name of the article asks every sentence whether it has the
 * name's first word, so membership must be cheap: a {@link HashSet} compares cached hashes before it calls
 * {@code equals}, where {@code Set.of} probes with {@code equals} and was a tenth of fact extraction.
 * The keys are also kept in order of first appearance, which is cheaper to walk than any set.
 */
final class WordKeys {

    private final Set<String> set;
    private final List<String> distinct;

    private WordKeys(Set<String> set, List<String> distinct) {
        this.set = set;
        this.distinct = distinct;
    }

    static WordKeys of(List<WordToken> tokens) {
        Set<String> set = HashSet.newHashSet(tokens.size());
        List<String> distinct = new ArrayList<>(tokens.size());
        for (WordToken t : tokens) {
            if (set.add(t.key())) {
                distinct.add(t.key());
            }
        }
        return new WordKeys(set, Collections.unmodifiableList(distinct));
    }

    boolean contains(String key) {
        return set.contains(key);
    }

    /** Each key once, in the order the words first appear. */
    List<String> distinct() {
        return distinct;
    }
}
