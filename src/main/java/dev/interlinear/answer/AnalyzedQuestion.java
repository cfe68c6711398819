package dev.interlinear.answer;

import java.util.List;

/**
 * A question ready for retrieval.
 *
 * @param lang        the language it is read in
 * @param type        the kind of answer it asks for
 * @param words       its content words (question words and stop words removed), at most a few dozen
 * @param numberTerms canonical number terms, the same in every language
 * @param sentencesPerLanguage how many sentences the index it is asked of holds per language: the same evidence
 *                             means more among a few dozen sentences than among thousands
 */
record AnalyzedQuestion(
        String lang, AnswerType type, List<QueryWord> words, List<String> numberTerms, int sentencesPerLanguage) {

    boolean isEmpty() {
        return words.isEmpty() && numberTerms.isEmpty();
    }
}
