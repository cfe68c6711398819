package dev.interlinear.answer;

import java.util.List;
import java.util.Optional;

/**
 * What the answer service says to a question: an answer, or that the articles do not answer it.
 *
 * @param language the language the question was taken to be in (the reply language)
 * @param fallback true when the answer comes from another language's translation because the article has
 *                 none in the asker's language
 */
public record AnswerResult(
        String question,
        String language,
        boolean answered,
        boolean fallback,
        Optional<Answer> answer,
        List<Alternative> alternatives) {
    public AnswerResult {
        alternatives = List.copyOf(alternatives);
        if (answered != answer.isPresent()) {
            throw new IllegalArgumentException("answered must match the presence of an answer");
        }
    }

    public static AnswerResult declined(String question, String language) {
        return new AnswerResult(question, language, false, false, Optional.empty(), List.of());
    }
}
