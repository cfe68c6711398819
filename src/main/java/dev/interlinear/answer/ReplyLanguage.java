package dev.interlinear.answer;

import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.LanguageGuess;
import dev.interlinear.language.Languages;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the reply language by the order of evidence of DESIGN.md: an explicit choice, then the
 * question's detected language when the detector is sure, then the asker's locale, then the server's
 * locale, then the configured default.
 *
 * <p>How sure the detector must be depends on what it would overrule. Its confidence is a calibrated probability
 * ({@link LanguageDetector#detectQuestion}): of the questions it gives 0.99, about one in a hundred is in another
 * language. It overrules the asker's own locale at {@link #SURE}, or at {@link #FAIRLY_SURE} when the question
 * also has {@link #GRAMMAR_WORDS} function words of its language that the locale's language lacks ("por que o ...
 * quer" against English); the server's locale (which most servers leave at en-US) at {@link #CLEAR}; and the
 * configured default when its guess is {@link #LIKELY}. The detector's calibration is weakest on messages of a
 * name or a loanword ("nouveau driver", "rio de janeiro", "Quelle?"), which it may give 0.97 for another language:
 * only grammar words make such a message overrule the asker's locale. Measured with {@code QuestionLanguageReport}
 * (test sources): docs/answering.md step 1.
 */
final class ReplyLanguage {

    /** The detector's confidence at which the question's language beats the asker's locale. */
    static final double SURE = 0.99;
    /** The confidence at which it does when the question has {@link #GRAMMAR_WORDS} of its language. */
    static final double FAIRLY_SURE = 0.95;
    /** Function words of the question's language that the locale's lacks, for {@link #FAIRLY_SURE} to do. */
    static final int GRAMMAR_WORDS = 2;
    /** The detector's confidence at which the question's language beats the server's locale. */
    static final double CLEAR = 0.9;
    /** A guess more likely than every other language together beats the configured default. */
    static final double LIKELY = 0.5;
    /** Enough of a question to tell its language by. */
    static final int REFUSAL_DETECTION_CHARS = 500;
    /** A "language" longer than this is no language tag: only its start is quoted back. */
    static final int SHOWN_LANGUAGE_CHARS = 20;

    private final LanguageDetector detector;
    private final Set<String> supported;
    private final String defaultLanguage;

    ReplyLanguage(LanguageDetector detector, Set<String> supported, String defaultLanguage) {
        this.detector = detector;
        this.supported = Set.copyOf(supported);
        this.defaultLanguage = defaultLanguage;
    }

    String choose(AskRequest request) {
        if (request.explicitLanguage().isPresent()) {
            String lang = Languages.base(request.explicitLanguage().get());
            if (!supported.contains(lang)) {
                String asked = shown(request.explicitLanguage().get());
                String choices = String.join(", ", new TreeSet<>(supported));
                throw new InvalidQuestionException(
                        InvalidQuestionException.Reason.UNSUPPORTED_LANGUAGE,
                        "language '" + asked + "' is not supported; use one of [" + choices + "]",
                        List.of(asked, choices));
            }
            return lang;
        }
        Optional<LanguageGuess> guess =
                detector.detectQuestion(request.question()).filter(g -> supported.contains(g.lang()));
        Optional<String> asker = supportedBase(request.userLocale());
        if (asker.isPresent()) {
            return guess.filter(g -> overrulesLocale(request.question(), g, asker.get()))
                    .map(LanguageGuess::lang)
                    .orElse(asker.get());
        }
        return guess.filter(g -> g.confidence() >= CLEAR)
                .map(LanguageGuess::lang)
                .or(() -> supportedBase(request.serverLocale()))
                .or(() -> guess.filter(g -> g.confidence() > LIKELY).map(LanguageGuess::lang))
                .orElse(defaultLanguage);
    }

    /** Whether the question's detected language beats the asker's locale. */
    private boolean overrulesLocale(String question, LanguageGuess guess, String locale) {
        return guess.confidence() >= SURE
                || (guess.confidence() >= FAIRLY_SURE
                        && detector.functionWordsApart(question, guess.lang(), locale) >= GRAMMAR_WORDS);
    }

    /**
     * The language to refuse a question in: chosen as for an answer (an unsupported explicit choice left out),
     * judged on the question's start only, so that even a huge question is placed at once; never fails.
     */
    String forRefusal(AskRequest request) {
        Optional<String> explicit =
                request.explicitLanguage().map(Languages::base).filter(supported::contains);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        String question = request.question();
        String start =
                question.length() > REFUSAL_DETECTION_CHARS ? question.substring(0, REFUSAL_DETECTION_CHARS) : question;
        return choose(new AskRequest(start, Optional.empty(), request.userLocale(), request.serverLocale()));
    }

    /** What the asker gave as a language, fit to be quoted in one line: control characters out, at most a few words. */
    private static String shown(String asked) {
        String printable = asked.codePoints()
                .map(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.codePointCount(0, printable.length()) <= SHOWN_LANGUAGE_CHARS
                ? printable
                : printable.substring(0, printable.offsetByCodePoints(0, SHOWN_LANGUAGE_CHARS)) + "\u2026";
    }

    private Optional<String> supportedBase(Optional<String> locale) {
        return locale.map(Languages::base).filter(supported::contains);
    }
}
