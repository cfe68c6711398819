package dev.interlinear.facts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A person or organisation named in an article, one entity across all translations.
 *
 * @param key            the normalised name: lower case, accents removed ("jensen huang", "c.c. wei", "nvidia")
 * @param name           the name as most often written in its fullest form
 * @param aliases        other forms that refer to it, as written ("Huang" for "Jensen Huang")
 * @param evidence       why it is taken to be a name
 * @param mentionsByLang per translation language, the indices of the sentences that mention it
 */
public record Entity(
        String key,
        String name,
        SortedSet<String> aliases,
        Set<NameEvidence> evidence,
        SortedMap<String, SortedSet<Integer>> mentionsByLang) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        evidence = evidence.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(evidence));
        SortedMap<String, SortedSet<Integer>> copy = new TreeMap<>();
        mentionsByLang.forEach(
                (lang, indices) -> copy.put(lang, Collections.unmodifiableSortedSet(new TreeSet<>(indices))));
        mentionsByLang = Collections.unmodifiableSortedMap(copy);
    }

    /** The translations that mention it. */
    public Set<String> languages() {
        return mentionsByLang.keySet();
    }

    /** The sentences of one translation that mention it; empty when that translation does not. */
    public SortedSet<Integer> mentionsIn(String lang) {
        return mentionsByLang.getOrDefault(lang, Collections.emptySortedSet());
    }

    /** Whether {@code text} is this entity's name or one of its aliases, in any case or accents. */
    public boolean isCalled(String text) {
        String k = Names.key(text);
        return k.equals(key) || aliases.stream().anyMatch(a -> Names.key(a).equals(k));
    }
}
