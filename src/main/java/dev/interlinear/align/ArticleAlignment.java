package dev.interlinear.align;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alignment of all translations of one article: groups of sentences that say the same thing, in document
 * order. Every sentence of every translation is in exactly one group; a sentence without counterpart has a
 * group of its own. Sentences are identified by {@link dev.interlinear.segment.Sentence#index()}.
 */
public final class ArticleAlignment {

    private final String pivot;
    private final List<String> languages;
    private final List<AlignmentGroup> groups;
    /** language -> sentence index -> group id. */
    private final Map<String, Map<Integer, Integer>> groupOfSentence = new HashMap<>();

    ArticleAlignment(String pivot, List<String> languages, List<AlignmentGroup> groups) {
        this.pivot = pivot;
        this.languages = List.copyOf(languages);
        this.groups = List.copyOf(groups);
        for (String lang : this.languages) {
            groupOfSentence.put(lang, new HashMap<>());
        }
        for (AlignmentGroup g : this.groups) {
            g.sentences()
                    .forEach((lang, indices) ->
                            indices.forEach(i -> groupOfSentence.get(lang).put(i, g.id())));
        }
    }

    /** The language every other translation was aligned to. */
    public String pivot() {
        return pivot;
    }

    /** The language tags of the article, in the order they were given. */
    public List<String> languages() {
        return languages;
    }

    /** All groups; {@code groups().get(k).id() == k}. */
    public List<AlignmentGroup> groups() {
        return groups;
    }

    /**
     * The group of a sentence.
     *
     * @throws IllegalArgumentException for a language or sentence index that is not part of the article
     */
    public int groupOf(String lang, int sentenceIndex) {
        Map<Integer, Integer> byIndex = groupOfSentence.get(lang);
        if (byIndex == null) {
            throw new IllegalArgumentException("no translation in language " + lang + "; languages: " + languages);
        }
        Integer group = byIndex.get(sentenceIndex);
        if (group == null) {
            throw new IllegalArgumentException("no sentence " + sentenceIndex + " in translation " + lang);
        }
        return group;
    }

    /**
     * The sentence indices of a language in a group; empty when that translation has nothing there.
     *
     * @throws IndexOutOfBoundsException for a group id outside 0..groups().size()-1
     */
    public List<Integer> sentencesIn(String lang, int group) {
        return groups.get(group).sentencesIn(lang);
    }

    /** The sentences of {@code toLang} that say what sentence {@code sentenceIndex} of {@code fromLang} says. */
    public List<Integer> counterparts(String fromLang, int sentenceIndex, String toLang) {
        return sentencesIn(toLang, groupOf(fromLang, sentenceIndex));
    }

    /** Group id -> languages -> sentence indices, for logs and debugging. */
    @Override
    public String toString() {
        Map<Integer, Map<String, List<Integer>>> view = new LinkedHashMap<>();
        groups.forEach(g -> view.put(g.id(), g.sentences()));
        return "ArticleAlignment[pivot=" + pivot + ", groups=" + view + "]";
    }
}
