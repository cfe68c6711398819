package dev.interlinear.answer;

import java.util.List;

/**
 * A question ready for retrieval.
 *
 * @param lang        the language it is read in
 * @param type        the kind of answer it asks for
 * @param words       its content words (question words and stop words removed), at most a few dozen
 * @param numberTerms canonical number terms, the same in every language
 */
record AnalyzedQuestion(String lang, AnswerType type, List<QueryWord> words, List<String> numberTerms) {

    boolean isEmpty() {
        return words.isEmpty() && numberTerms.isEmpty();
    }
}
