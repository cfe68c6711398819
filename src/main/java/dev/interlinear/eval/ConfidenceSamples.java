package dev.interlinear.eval;

import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.answer.Judged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The samples the confidence model is fitted on: for each question, the features of the sentence the ranking
 * puts first, and whether it answers the question (an unanswerable question has no right sentence). Asked as
 * {@link Evaluator} asks: the question's language as the asker's locale.
 *
 * <p>Each question is asked in several {@linkplain Form forms}: as written, as a chat message would put it, and
 * (for the part for small corpora) in other words. The public sets hold well-formed questions written from the
 * paragraph that answers them, and a model fitted on them alone declines the short messages people type in
 * Discord, and the questions they ask in their own words, whose coverage and scores look different.
 */
public final class ConfidenceSamples {

    /** How a question is put to the ranking. */
    public enum Form {
        /** As the question file has it. */
        AS_WRITTEN,
        /** Lower case, no punctuation, only its longer words, at most six. */
        CHAT,
        /**
         * Every other one of its longer lower-case words after the first replaced by a word no corpus has: people
         * asking about an article they read put much of a question in words of their own (a synonym, another
         * inflection), which the sentence that answers it does not have, while they keep its names and figures.
         */
        OWN_WORDS
    }

    /** The forms of the main part's fit. */
    public static final Set<Form> WRITTEN_AND_CHAT = EnumSet.of(Form.AS_WRITTEN, Form.CHAT);

    /** Words of at most this many letters are left out of the chat form (most function words are this short). */
    static final int CHAT_SHORT_WORD = 3;

    static final int CHAT_MAX_WORDS = 6;

    /** Shorter words of a question are mostly function words, which an asker does not swap for others. */
    static final int OWN_WORD_MIN_LETTERS = 5;

    /** The start of every stand-in for an asker's own word: no language's word starts so. */
    static final String STAND_IN = "zzqq";

    private ConfidenceSamples() {}

    public static List<ConfidenceFit.Sample> collect(
            AnswerService service, List<EvalQuestion> questions, Set<Form> forms) {
        List<ConfidenceFit.Sample> out = new ArrayList<>();
        for (EvalQuestion q : questions) {
            for (Form form : forms) {
                String put = switch (form) {
                    case AS_WRITTEN -> q.question();
                    case CHAT -> chatForm(q.question());
                    case OWN_WORDS -> ownWordsForm(q.question());
                };
                // A form that leaves the question as it is would only count it twice.
                if (form == Form.AS_WRITTEN || (!put.isBlank() && !put.equals(q.question()))) {
                    sample(service, q, put).ifPresent(out::add);
                }
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

    /**
     * "How many cranes does the harbour of Lindholm have?" becomes "How many zzqqa does the harbour of Lindholm have?":
     * a word of five letters or more, after the first, written in lower case and of letters only, is replaced when
     * it is the first, third, fifth ... such word. The stand-ins are no word of any language, so no sentence has
     * them, as no sentence has the asker's own words.
     */
    static String ownWordsForm(String question) {
        String[] words = question.split(" ", -1);
        int eligible = 0;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            int end = word.length();
            while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
                end--; // trailing punctuation stays: "have?" keeps its question mark
            }
            String core = word.substring(0, end);
            boolean longLowerCaseWord = core.codePointCount(0, core.length()) >= OWN_WORD_MIN_LETTERS
                    && core.codePoints().allMatch(Character::isLetter)
                    && Character.isLowerCase(core.codePointAt(0));
            if (longLowerCaseWord && eligible++ % 2 == 0) {
                words[i] = STAND_IN + (char) ('a' + (eligible / 2) % 26) + word.substring(end);
            }
        }
        return String.join(" ", words);
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
