package dev.interlinear.facts;

import dev.interlinear.align.AlignmentGroup;
import dev.interlinear.align.ArticleAlignment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names of one article, one entity per name across translations.
 *
 * <p>Acronyms, CamelCase words, initials with a name and (outside German) runs of capitalised words are names by
 * their shape. A single capitalised word is a name only when the same word is also capitalised in an aligned
 * sentence of another translation: German capitalises every noun, but "Rechenleistung" is "poder computacional"
 * in Portuguese, while "Oracle" stays "Oracle". German runs of capitalised words need the same evidence, and so do
 * acronyms that have a counterpart sentence: "KI" is "IA", an acronym of a common noun, not a name.
 */
final class EntityFinder {

    private final ArticleAlignment alignment;
    private final Map<String, Map<Integer, TokenizedSentence>> sentences;
    /** Translation -> words it writes in lower case somewhere (folded). */
    private final Map<String, Set<String>> lowerWords;

    private final Map<String, Builder> byKey = new LinkedHashMap<>();

    /** @param lowerWords per translation, the words it writes in lower case somewhere (folded) */
    EntityFinder(
            ArticleAlignment alignment,
            Map<String, Map<Integer, TokenizedSentence>> sentences,
            Map<String, Set<String>> lowerWords) {
        this.alignment = alignment;
        this.sentences = sentences;
        this.lowerWords = lowerWords;
    }

    /** Whether {@code lang} writes the folded word {@code key} in lower case somewhere. */
    boolean writtenLower(String lang, String key) {
        return lowerWords.getOrDefault(lang, Set.of()).contains(key);
    }

    /** Collects the names confirmed by shape or by another translation. */
    void collectNames() {
        for (Map<Integer, TokenizedSentence> byIndex : sentences.values()) {
            for (TokenizedSentence v : byIndex.values()) {
                if (v.names().isEmpty()) {
                    continue; // most sentences: their counterparts are not needed
                }
                List<TokenizedSentence> others = counterparts(v);
                for (NameCandidate c : v.names()) {
                    confirm(v, c, others);
                }
            }
        }
    }

    /** A confirmed name or the last word of one: a single word that may name a quote's speaker. */
    boolean isKnownName(String key) {
        return byKey.containsKey(key)
                || byKey.values().stream().anyMatch(b -> b.lastWord().equals(key));
    }

    /** Records a quote's speaker as a person, creating the entity when its name was not confirmed otherwise. */
    void addSpeaker(String surface, NameEvidence form) {
        String key = Names.key(surface);
        Builder b = byKey.get(key);
        if (b == null) {
            List<Builder> longer = endingWith(key);
            b = longer.size() == 1 ? longer.getFirst() : null;
        }
        if (b == null) {
            b = byKey.computeIfAbsent(key, k -> new Builder(k, surface));
            b.evidence.add(form);
        }
        b.evidence.add(NameEvidence.QUOTE_SPEAKER);
    }

    /** The entities with all their mentions, a single last name merged into the one longer name ending in it. */
    List<Entity> entities() {
        mergeLastNames();
        addLastNamesAsAliases();
        byKey.values().forEach(Builder::fixForms);
        // Every name is looked for in every sentence; a sentence can only write the names whose first word it
        // has (or, in German, has with a genitive "s"), so only those are tried.
        Map<String, List<Builder>> byFirstWord = new HashMap<>();
        // the same by the first word with a German genitive "s", so no sentence word needs cutting
        Map<String, List<Builder>> byGenitive = new HashMap<>();
        for (Builder b : byKey.values()) {
            for (List<String> form : b.forms) {
                String first = form.isEmpty() ? "" : form.get(0);
                addOnce(byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()), b);
                addOnce(byGenitive.computeIfAbsent(first + "s", k -> new ArrayList<>()), b);
            }
        }
        List<Builder> emptyForms = byFirstWord.getOrDefault("", List.of());
        int sentence = 0;
        for (Map.Entry<String, Map<Integer, TokenizedSentence>> e : sentences.entrySet()) {
            if (byKey.isEmpty()) {
                break; // no name: no sentence to look at
            }
            for (TokenizedSentence v : e.getValue().values()) {
                sentence++;
                boolean german = v.language().equals("de");
                List<Builder> candidates = new ArrayList<>();
                addCandidates(emptyForms, sentence, candidates);
                for (String key : v.keys().distinct()) {
                    addCandidates(byFirstWord.get(key), sentence, candidates);
                    if (german) {
                        addCandidates(byGenitive.get(key), sentence, candidates);
                    }
                }
                for (Builder b : candidates) {
                    b.collectMentions(v); // each builder keeps its own counts: the order among builders is free
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        new TreeMap<>(byKey)
                .values().stream().filter(b -> !b.mentions.isEmpty()).forEach(b -> out.add(b.build()));
        return out;
    }

    private static void addOnce(List<Builder> list, Builder b) {
        if (list.isEmpty() || list.getLast() != b) {
            list.add(b);
        }
    }

    /** Adds the builders not yet taken for this sentence (numbered from 1), each once. */
    private static void addCandidates(List<Builder> builders, int sentence, List<Builder> candidates) {
        if (builders == null) {
            return;
        }
        for (Builder b : builders) {
            if (b.candidateIn != sentence) {
                b.candidateIn = sentence;
                candidates.add(b);
            }
        }
    }

    private void confirm(TokenizedSentence v, NameCandidate c, List<TokenizedSentence> others) {
        String surface = c.surface(v.text());
        switch (c.form()) {
            case CAMEL_CASE -> add(c.key(), surface, c.form());
            case ACRONYM -> {
                boolean confirmed = others.isEmpty() || anyWrites(others, c.wordKeys());
                if (!Lexicon.isTitleAcronym(c.key()) && confirmed) {
                    add(c.key(), surface, c.form());
                }
            }
            case MULTIWORD, INITIALS -> {
                if (!c.needsEvidence()) {
                    add(c.key(), surface, c.form());
                } else if (anyWrites(others, c.wordKeys())) {
                    add(c.key(), surface, c.form()).evidence.add(NameEvidence.CROSS_TRANSLATION);
                } else {
                    c.tokens().forEach(t -> confirmSingle(v, t, others));
                }
            }
            default -> c.tokens().forEach(t -> confirmSingle(v, t, others));
        }
    }

    private static boolean anyWrites(List<TokenizedSentence> others, List<String> keys) {
        for (TokenizedSentence o : others) {
            if (o.writes(keys)) {
                return true;
            }
        }
        return false;
    }

    private void confirmSingle(TokenizedSentence v, WordToken t, List<TokenizedSentence> others) {
        if (t.shape() != WordToken.Shape.CAPITALISED) {
            return;
        }
        if (confirmedElsewhere(v, t.key(), others)) {
            add(t.key(), t.text(), NameEvidence.CROSS_TRANSLATION);
        } else if (v.language().equals("de") && t.key().endsWith("s") && t.key().length() > 3) {
            // German genitive: "Sams Einschätzung" is Sam's
            String stem = t.key().substring(0, t.key().length() - 1);
            if (confirmedElsewhere(v, stem, others)) {
                add(stem, t.text().substring(0, t.text().length() - 1), NameEvidence.CROSS_TRANSLATION);
            }
        }
    }

    private boolean confirmedElsewhere(TokenizedSentence v, String key, List<TokenizedSentence> others) {
        if (Lexicon.isFunctionWord(key, v.language()) || writtenLower(v.lang(), key)) {
            return false;
        }
        List<String> keys = List.of(key);
        for (TokenizedSentence o : others) {
            if (o.writes(keys) && !Lexicon.isFunctionWord(key, o.language()) && !writtenLower(o.lang(), key)) {
                return true;
            }
        }
        return false;
    }

    private Builder add(String key, String surface, NameEvidence evidence) {
        Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, surface));
        b.evidence.add(evidence);
        return b;
    }

    /** The sentences of the other translations in the same alignment group. */
    private List<TokenizedSentence> counterparts(TokenizedSentence v) {
        AlignmentGroup group;
        try {
            group = alignment.groups().get(alignment.groupOf(v.lang(), v.index()));
        } catch (IllegalArgumentException e) {
            return List.of(); // not aligned (e.g. a code line left out): no evidence either way
        }
        List<TokenizedSentence> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : group.sentences().entrySet()) {
            Map<Integer, TokenizedSentence> byIndex = sentences.get(e.getKey());
            if (e.getKey().equals(v.lang()) || byIndex == null) {
                continue;
            }
            for (Integer i : e.getValue()) {
                TokenizedSentence o = byIndex.get(i);
                if (o != null) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private void mergeLastNames() {
        // only single words leave byKey here, so the longer names by last word stay as they are
        Map<String, List<Builder>> longerByLastWord = longerByLastWord();
        for (Builder single : List.copyOf(byKey.values())) {
            if (single.words.size() != 1) {
                continue;
            }
            List<Builder> longer = longerByLastWord.getOrDefault(single.key, List.of());
            if (longer.size() == 1) {
                Builder target = longer.getFirst();
                target.aliasKeys.add(single.key);
                target.evidence.addAll(single.evidence);
                byKey.remove(single.key);
            }
        }
    }

    /** "Su" later in the text is Lisa Su, when no other name ends in "Su" and "Su" is no name of its own. */
    private void addLastNamesAsAliases() {
        Map<String, List<Builder>> longerByLastWord = longerByLastWord();
        for (Builder b : byKey.values()) {
            if (b.words.size() > 1
                    && !byKey.containsKey(b.lastWord())
                    && longerByLastWord.get(b.lastWord()).size() == 1) {
                b.aliasKeys.add(b.lastWord());
            }
        }
    }

    /** {@link #endingWith} for every last word at once: asking each name for it went over all names. */
    private Map<String, List<Builder>> longerByLastWord() {
        Map<String, List<Builder>> out = new HashMap<>();
        for (Builder b : byKey.values()) {
            if (b.words.size() > 1) {
                out.computeIfAbsent(b.lastWord(), k -> new ArrayList<>()).add(b);
            }
        }
        return out;
    }

    private List<Builder> endingWith(String lastWord) {
        return byKey.values().stream()
                .filter(b -> b.words.size() > 1 && b.lastWord().equals(lastWord))
                .toList();
    }

    /** An entity being collected. */
    private static final class Builder {
        final String key;
        final List<String> words;
        final String firstSurface;
        final Set<String> aliasKeys = new LinkedHashSet<>();
        final Set<NameEvidence> evidence = EnumSet.noneOf(NameEvidence.class);
        final Map<String, Integer> surfaceCounts = new LinkedHashMap<>();
        final Map<String, Set<Integer>> mentions = new TreeMap<>();
        /** The sentence (numbered by {@link #entities}) this builder was last taken as a candidate for. */
        int candidateIn;

        Builder(String key, String surface) {
            this.key = key;
            this.words = List.of(key.split(" "));
            this.firstSurface = surface;
        }

        String lastWord() {
            return words.getLast();
        }

        /** The name's words and its aliases' words, split once before mentions are collected. */
        private List<List<String>> forms = List.of();

        void fixForms() {
            List<List<String>> out = new ArrayList<>();
            out.add(words);
            aliasKeys.forEach(a -> out.add(List.of(a.split(" "))));
            forms = out;
        }

        /**
         * Records the sentence as a mention when it writes a form, and counts the form's exact spellings (not
         * genitives) for the display name and the aliases: both in one pass over the sentence's words.
         */
        void collectMentions(TokenizedSentence v) {
            List<WordToken> t = v.tokens();
            for (List<String> form : forms) {
                if (!v.mayWrite(form)) {
                    continue;
                }
                boolean written = false;
                for (int i = 0; i + form.size() <= t.size(); i++) {
                    TokenizedSentence.Written w = v.writtenAt(i, form);
                    if (w == TokenizedSentence.Written.EXACTLY) {
                        String s = v.text()
                                .substring(
                                        t.get(i).start(),
                                        t.get(i + form.size() - 1).end());
                        surfaceCounts.merge(s, 1, Integer::sum);
                    }
                    written |= w != TokenizedSentence.Written.NOT;
                }
                if (written) {
                    mentions.computeIfAbsent(v.lang(), l -> new TreeSet<>()).add(v.index());
                }
            }
        }

        Entity build() {
            String name = surfaceCounts.entrySet().stream()
                    .filter(e -> Names.key(e.getKey()).equals(key))
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(firstSurface);
            Set<String> aliases = new TreeSet<>(surfaceCounts.keySet());
            aliases.remove(name);
            return new Entity(key, name, new TreeSet<>(aliases), evidence, new TreeMap<>(mentions(mentions)));
        }

        private static Map<String, SortedSet<Integer>> mentions(Map<String, Set<Integer>> m) {
            Map<String, SortedSet<Integer>> out = new TreeMap<>();
            m.forEach((lang, s) -> out.put(lang, new TreeSet<>(s)));
            return out;
        }
    }
}
