package dev.interlinear.lexicon;

import dev.interlinear.corpus.Block;
import dev.interlinear.corpus.Corpus;
import dev.interlinear.corpus.Translation;
import dev.interlinear.language.Languages;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the articles' terms are inflections of a dictionary form, by language: a dictionary translates "signed" as
 * "unterzeichnen" and "assinar", the articles say "unterzeichnet" and "assinou", and the light stemmers keep those
 * apart ("unterzeichn" / "unterzeichnet"). Hunspell's roots of each word the articles use join them: the term of a
 * root leads to the terms of the article's words that are its forms.
 */
public final class Inflections {

    /** Letters with their combining marks (an accent typed as a mark of its own stays in its word). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** language -> term of a dictionary form -> the article terms of its inflected forms */
    private final Map<String, Map<String, Set<String>>> byLanguage;

    private Inflections(Map<String, Map<String, Set<String>>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static Inflections none() {
        return new Inflections(Map.of());
    }

    /**
     * The inflections among the words of a corpus, for each of its languages the spelling dictionaries cover.
     *
     * @param terms the index's analysers: the one term a word makes
     */
    public static Inflections of(Corpus corpus, SpellingDictionaries spelling, TranslationsBuilder.Terms terms) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        words(corpus).forEach((lang, words) -> {
            if (!spelling.covers(lang)) {
                return;
            }
            Map<String, Set<String>> forms = new HashMap<>();
            for (String word : words) {
                List<String> own = terms.of(lang, word);
                if (own.size() != 1) {
                    continue;
                }
                for (String root : spelling.roots(lang, word)) {
                    List<String> lemma = terms.of(lang, root);
                    if (lemma.size() == 1 && !lemma.get(0).equals(own.get(0))) {
                        forms.computeIfAbsent(lemma.get(0), k -> new HashSet<>())
                                .add(own.get(0));
                    }
                }
            }
            out.put(lang, forms);
        });
        return new Inflections(out);
    }

    /** The terms of the article words of {@code lang} whose dictionary form makes {@code term}. */
    public Set<String> of(String lang, String term) {
        return byLanguage.getOrDefault(lang, Map.of()).getOrDefault(term, Set.of());
    }

    /** The terms of the dictionary forms of {@code lang} that some article word is an inflection of. */
    public Set<String> dictionaryForms(String lang) {
        return byLanguage.getOrDefault(lang, Map.of()).keySet();
    }

    /** Each base language's distinct words (as written) in the corpus. */
    private static Map<String, Set<String>> words(Corpus corpus) {
        Map<String, Set<String>> out = new HashMap<>();
        for (var article : corpus.articles()) {
            for (Translation t : article.translations().values()) {
                Set<String> words = out.computeIfAbsent(Languages.base(t.lang()), k -> new HashSet<>());
                for (Block block : t.blocks()) {
                    Matcher m = WORD.matcher(Normalizer.normalize(block.text(), Normalizer.Form.NFC));
                    while (m.find()) {
                        words.add(m.group());
                    }
                }
            }
        }
        return out;
    }
}
