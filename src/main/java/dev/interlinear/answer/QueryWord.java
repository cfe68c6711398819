package dev.interlinear.answer;

import dev.interlinear.quantity.Unit;
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
 * @param unit         the unit of measure the word names ("gigawatts": watts), matched by every sentence stating a
 *                     quantity in it, however written ("10GW"); {@link Unit#NONE} if it names none
 */
record QueryWord(
        String folded,
        String stem,
        Set<String> grams,
        double weight,
        long documentsInLanguage,
        boolean unseen,
        Map<String, Set<String>> translations,
        Unit unit) {

    QueryWord(String folded, String stem, Set<String> grams, double weight, long documentsInLanguage, boolean unseen) {
        this(folded, stem, grams, weight, documentsInLanguage, unseen, Map.of(), Unit.NONE);
    }

    /** Whether the word names a unit of measure. */
    boolean namesUnit() {
        return unit != Unit.NONE;
    }

    /** Whether the stem occurs in sentences of the question's language at all. */
    boolean inLanguage() {
        return documentsInLanguage > 0;
    }
}
