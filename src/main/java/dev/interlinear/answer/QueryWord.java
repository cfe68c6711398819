package dev.interlinear.answer;

import java.util.Map;
import java.util.Set;

/**
 * One content word of a question.
 *
 * @param folded the word lower-cased and accent-folded
 * @param stem   the word as the question language's analyser indexes it
 * @param grams  its character 4-grams
 * @param weight its inverse document frequency in the corpus: rare words count more
 * @param documentsInLanguage how many sentences of the question's language have the stem
 * @param unseen whether no sentence of any language has the word (nor its stem in the question's language, nor a
 *               translation)
 * @param translations what a dictionary translates the word as, by article language, as index terms there (only
 *                     terms the articles use; empty without dictionaries)
 */
record QueryWord(
        String folded,
        String stem,
        Set<String> grams,
        double weight,
        long documentsInLanguage,
        boolean unseen,
        Map<String, Set<String>> translations) {

    QueryWord(String folded, String stem, Set<String> grams, double weight, long documentsInLanguage, boolean unseen) {
        this(folded, stem, grams, weight, documentsInLanguage, unseen, Map.of());
    }

    /** Whether the stem occurs in sentences of the question's language at all. */
    boolean inLanguage() {
        return documentsInLanguage > 0;
    }
}
