package dev.interlinear.eval;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.answer.Judged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The samples the confidence model is fitted on: for each question, the features of the sentence the ranking
 * puts first, and whether it answers the question (an unanswerable question has no right sentence). Asked as
 * {@link Evaluator} asks: the question's language as the asker's locale.
 *
 * <p>Each question is asked twice: as written, and as a chat message would put it (lower case, no punctuation,
 * only its longer words, at most six). The public sets hold only well-formed questions, and a model fitted on
 * them alone declines the short messages people type in Discord, whose coverage and scores look different.
 */
public final class ConfidenceSamples {

    /** Words of at most this many letters are left out of the chat form (most function words are this short). */
    static final int CHAT_SHORT_WORD = 3;

    static final int CHAT_MAX_WORDS = 6;

    private ConfidenceSamples() {}

    public static List<ConfidenceFit.Sample> collect(AnswerService service, List<EvalQuestion> questions) {
        List<ConfidenceFit.Sample> out = new ArrayList<>();
        for (EvalQuestion q : questions) {
            sample(service, q, q.question()).ifPresent(out::add);
            String chat = chatForm(q.question());
            if (!chat.isBlank() && !chat.equals(q.question())) {
                sample(service, q, chat).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<ConfidenceFit.Sample> sample(
            AnswerService service, EvalQuestion q, String question) {
        Judged judged;
        try {
            judged = service.judge(
                    AskRequest.of(question).withUserLocale(q.lang().isEmpty() ? null : q.lang()), 1);
        } catch (InvalidQuestionException refused) {
            return java.util.Optional.empty(); // refused before any ranking: nothing for the model to learn
        }
        if (judged.candidates().isEmpty()) {
            return java.util.Optional.empty();
        }
        Judged.Candidate top = judged.candidates().get(0);
        return java.util.Optional.of(new ConfidenceFit.Sample(
                top.features(),
                q.answerable() && Evaluator.matches(top.sentence(), q.expect()),
                q.answerable(),
                top.otherLanguage()));
    }

    /** "How many cranes does the harbour of Lindholm have?" becomes "many cranes does harbour lindholm have". */
    static String chatForm(String question) {
        return Arrays.stream(question.toLowerCase(Locale.ROOT)
                        .replaceAll("[\\p{P}\\p{S}]", " ")
                        .strip()
                        .split("\\s+"))
                .filter(w -> w.codePointCount(0, w.length()) > CHAT_SHORT_WORD)
                .limit(CHAT_MAX_WORDS)
                .collect(Collectors.joining(" "));
    }
}
